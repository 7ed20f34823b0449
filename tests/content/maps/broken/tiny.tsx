<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="tiny" tilewidth="32" tileheight="32" tilecount="4" columns="4">
 <image source="tiny.png" width="128" height="32"/>
 <tile id="0"><properties><property name="surface" propertytype="Surface" value="asphalt"/></properties></tile>
 <tile id="1"><properties><property name="surface" propertytype="Surface" value="grass"/></properties></tile>
 <tile id="2"><properties><property name="surface" propertytype="Surface" value="kerb"/></properties></tile>
 <tile id="3"><properties><property name="surface" propertytype="Surface" value="sand"/></properties></tile>
</tileset>
