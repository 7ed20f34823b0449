<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="terrain" tilewidth="32" tileheight="32" tilecount="137" columns="16">
 <image source="terrain.png" width="512" height="288"/>
 <tile id="0">
  <properties>
   <property name="name" value="asphalt.0"/>
   <property name="surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="asphalt.1"/>
   <property name="surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="asphalt.2"/>
   <property name="surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="asphalt.3"/>
   <property name="surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="concrete.0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="concrete.1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="concrete.2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="concrete.3"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="grass.0"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="grass.1"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="grass.2"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="grass.3"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="forest.0"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="forest.1"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="forest.2"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="forest.3"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="dirt.0"/>
   <property name="surface" value="dirt"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="dirt.1"/>
   <property name="surface" value="dirt"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="dirt.2"/>
   <property name="surface" value="dirt"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="dirt.3"/>
   <property name="surface" value="dirt"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="sand.0"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="sand.1"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="sand.2"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="sand.3"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="redsand.0"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="redsand.1"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="redsand.2"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="redsand.3"/>
   <property name="surface" value="sand"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="rock.0"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="rock.1"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="rock.2"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="rock.3"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="gravel.0"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="gravel.1"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="gravel.2"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="gravel.3"/>
   <property name="surface" value="gravel"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="water.0"/>
   <property name="surface" value="water"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="water.1"/>
   <property name="surface" value="water"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="water.2"/>
   <property name="surface" value="water"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="water.3"/>
   <property name="surface" value="water"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="oil.0"/>
   <property name="surface" value="oil"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="oil.1"/>
   <property name="surface" value="oil"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="rails.h"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="rails.v"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="kerb.h"/>
   <property name="surface" value="kerb"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="kerb.v"/>
   <property name="surface" value="kerb"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="roof.flat.nw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="roof.flat.n"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="roof.flat.ne"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="roof.flat.w"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="roof.flat.c"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="roof.flat.e"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="roof.flat.sw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="roof.flat.s"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="roof.flat.se"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="roof.flat.c1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="roof.flat.c2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="roof.red.nw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="roof.red.n"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="roof.red.ne"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="roof.red.w"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="roof.red.c"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="roof.red.e"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="roof.red.sw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="roof.red.s"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="roof.red.se"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="roof.red.c1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="roof.red.c2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="roof.warehouse.nw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="roof.warehouse.n"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="roof.warehouse.ne"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="roof.warehouse.w"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="roof.warehouse.c"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="roof.warehouse.e"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="roof.warehouse.sw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="roof.warehouse.s"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="roof.warehouse.se"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="roof.warehouse.c1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="roof.warehouse.c2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="roof.casino.nw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="roof.casino.n"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="roof.casino.ne"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="roof.casino.w"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="roof.casino.c"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="roof.casino.e"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="roof.casino.sw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="roof.casino.s"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="roof.casino.se"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="roof.casino.c1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="roof.casino.c2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="roof.dark.nw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="roof.dark.n"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="roof.dark.ne"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="roof.dark.w"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="roof.dark.c"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="roof.dark.e"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="roof.dark.sw"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="roof.dark.s"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="roof.dark.se"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="roof.dark.c1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="roof.dark.c2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="container.red.h0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="container.red.h1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="container.red.h2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="container.red.v0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="container.red.v1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="container.red.v2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="container.blue.h0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="container.blue.h1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="container.blue.h2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="container.blue.v0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="container.blue.v1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="container.blue.v2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="container.green.h0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="container.green.h1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="container.green.h2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="container.green.v0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="container.green.v1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="container.green.v2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="container.orange.h0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="container.orange.h1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="container.orange.h2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="container.orange.v0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="container.orange.v1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="container.orange.v2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="container.grey.h0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="container.grey.h1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="container.grey.h2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="container.grey.v0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="container.grey.v1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="container.grey.v2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="container.yellow.h0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="container.yellow.h1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="container.yellow.h2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="container.yellow.v0"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="container.yellow.v1"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="container.yellow.v2"/>
   <property name="surface" value="concrete"/>
  </properties>
 </tile>
</tileset>
