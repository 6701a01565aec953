// The article the scripted hostile pages build themselves around, and a page about something else,
// as HTML strings: the pages that generate their DOM need the same words as the static ones.
window.HIP_ARTICLE = `
<h1>Hip osteoarthritis</h1>
<p>Hip osteoarthritis is wear of the cartilage that lines the hip joint, where the ball at the top of the thigh bone sits in the socket of the pelvis. As the cartilage thins, the joint becomes stiff and painful, and bony spurs can form around its edge. It is the most common reason for hip pain in people over fifty.</p>
<h2>Symptoms of osteoarthritis of the hip</h2>
<p>Most people feel an ache deep in the groin or at the front of the hip, sometimes spreading down the thigh towards the knee. The hip is stiff first thing in the morning and after sitting, and it hurts more after a long walk. Putting on socks and shoes, getting out of a car or climbing stairs becomes harder as the hip loses movement.</p>
<h2>How hip osteoarthritis is treated</h2>
<p>Exercise is the first treatment: strengthening the muscles around the hip and keeping it moving eases pain for most people. Losing weight takes load off the joint, and a walking stick in the opposite hand helps on bad days. Painkillers can help for a while. When pain and stiffness stay severe despite this, a hip replacement is very effective.</p>
`;
window.OTHER_ARTICLE = `
<h1>Growing tomatoes on a balcony</h1>
<p>Tomatoes grow well in pots if they get six hours of sun a day. Choose a bush variety for small spaces and a pot of at least twenty litres, filled with good compost.</p>
<h2>Watering and feeding</h2>
<p>Water every morning in summer, so the compost never dries out, and feed once a week with a liquid tomato feed once the first flowers appear. Uneven watering splits the fruit.</p>
<h2>Picking</h2>
<p>Pick the fruit when it is fully coloured and slightly soft. Green tomatoes left at the end of the season ripen indoors on a sunny windowsill.</p>
`;
