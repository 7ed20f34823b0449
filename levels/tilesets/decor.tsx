<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="decor" tilewidth="32" tileheight="32" tilecount="42" columns="16">
 <image source="decor.png" width="512" height="96"/>
 <tile id="0">
  <properties>
   <property name="name" value="chequer.v"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="chequer.h"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="chequer.v.00"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="chequer.h.00"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="chequer.v.01"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="chequer.h.01"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="chequer.v.10"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="chequer.h.10"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="chequer.v.11"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="chequer.h.11"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="chequer.v.20"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="chequer.h.20"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="chequer.v.21"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="chequer.h.21"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="chequer.v.30"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="chequer.h.30"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="chequer.v.31"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="chequer.h.31"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="grid.0"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="grid.90"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="grid.180"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="grid.270"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="crosswalk.v"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="crosswalk.h"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="shadow.e"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="shadow.s"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="shadow.se"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="lightpool.0"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="lightpool.1"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="lightpool.2"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="lightpool.3"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="scrub.0"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="scrub.1"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="scrub.2"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="stones.0"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="stones.1"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="stones.2"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="oilstain.0"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="oilstain.1"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="manhole.0"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="flowers.0"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="flowers.1"/>
  </properties>
 </tile>
</tileset>
