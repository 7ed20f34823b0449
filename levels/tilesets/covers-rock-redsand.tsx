<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="covers-rock-redsand" tilewidth="32" tileheight="32" tilecount="192" columns="16">
 <image source="covers-rock-redsand.png" width="512" height="384"/>
 <tile id="0">
  <properties>
   <property name="name" value="cut.00100"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="cut.00101"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="cut.00110"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="cut.00111"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="cut.00120"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="cut.00121"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="cut.00130"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="cut.00131"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="cut.01100"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="cut.01101"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="cut.01110"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="cut.01111"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="cut.01120"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="cut.01121"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="cut.01130"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="cut.01131"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="cut.02100"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="cut.02101"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="cut.02110"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="cut.02111"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="cut.02120"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="cut.02121"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="cut.02130"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="cut.02131"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="cut.03100"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="cut.03101"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="cut.03110"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="cut.03111"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="cut.03120"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="cut.03121"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="cut.03130"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="cut.03131"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="cut.00200"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="cut.00201"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="cut.00210"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="cut.00211"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="cut.00220"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="cut.00221"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="cut.00230"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="cut.00231"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="cut.01200"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="cut.01201"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="cut.01210"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="cut.01211"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="cut.01220"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="cut.01221"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="cut.01230"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="cut.01231"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="cut.02200"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="cut.02201"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="cut.02210"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="cut.02211"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="cut.02220"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="cut.02221"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="cut.02230"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="cut.02231"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="cut.03200"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="cut.03201"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="cut.03210"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="cut.03211"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="cut.03220"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="cut.03221"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="cut.03230"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="cut.03231"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="cut.00300"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="cut.00301"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="cut.00310"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="cut.00311"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="cut.00320"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="cut.00321"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="cut.00330"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="cut.00331"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="cut.01300"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="cut.01301"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="cut.01310"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="cut.01311"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="cut.01320"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="cut.01321"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="cut.01330"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="cut.01331"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="cut.02300"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="cut.02301"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="cut.02310"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="cut.02311"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="cut.02320"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="cut.02321"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="cut.02330"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="cut.02331"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="cut.03300"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="cut.03301"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="cut.03310"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="cut.03311"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="cut.03320"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="cut.03321"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="cut.03330"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="cut.03331"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="cut.10200"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="cut.10201"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="cut.10210"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="cut.10211"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="cut.10220"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="cut.10221"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="cut.10230"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="cut.10231"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="cut.11200"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="cut.11201"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="cut.11210"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="cut.11211"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="cut.11220"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="cut.11221"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="cut.11230"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="cut.11231"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="cut.12200"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="cut.12201"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="cut.12210"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="cut.12211"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="cut.12220"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="cut.12221"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="cut.12230"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="cut.12231"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="cut.13200"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="cut.13201"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="cut.13210"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="cut.13211"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="cut.13220"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="cut.13221"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="cut.13230"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="cut.13231"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="cut.10300"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="cut.10301"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="cut.10310"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="cut.10311"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="cut.10320"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="cut.10321"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="cut.10330"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="cut.10331"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="cut.11300"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="cut.11301"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="cut.11310"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="cut.11311"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="cut.11320"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="cut.11321"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="cut.11330"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="cut.11331"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="cut.12300"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="cut.12301"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="cut.12310"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="cut.12311"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="cut.12320"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="cut.12321"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="cut.12330"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="cut.12331"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="cut.13300"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="cut.13301"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="cut.13310"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="cut.13311"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="cut.13320"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="cut.13321"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="cut.13330"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="cut.13331"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="cut.20300"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="cut.20301"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="cut.20310"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="cut.20311"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="cut.20320"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="cut.20321"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="cut.20330"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="cut.20331"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="cut.21300"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="cut.21301"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="cut.21310"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="cut.21311"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="cut.21320"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="cut.21321"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="cut.21330"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="cut.21331"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="cut.22300"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="cut.22301"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="cut.22310"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="cut.22311"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="cut.22320"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="cut.22321"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="cut.22330"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="cut.22331"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="cut.23300"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="cut.23301"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="cut.23310"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="cut.23311"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="cut.23320"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="cut.23321"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="cut.23330"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="cut.23331"/>
  </properties>
 </tile>
</tileset>
