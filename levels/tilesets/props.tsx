<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="props" tilewidth="32" tileheight="32" tilecount="18" columns="16">
 <image source="props.png" width="512" height="64"/>
 <tile id="0">
  <properties>
   <property name="name" value="cone"/>
   <property name="prop" value="cone"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="barrel"/>
   <property name="prop" value="barrel"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="tyres"/>
   <property name="prop" value="tyres"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="crate"/>
   <property name="prop" value="crate"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="lamp"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="palm"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="tree"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="tree.desert"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="joshua"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="cactus"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="palm2.0"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="tree2.0"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="palm2.1"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="tree2.1"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="palm2.2"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="tree2.2"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="palm2.3"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="tree2.3"/>
  </properties>
 </tile>
</tileset>
