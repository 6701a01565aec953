// The hand-written material of the adversarial negatives (scripts/make-adversarial.ts): for each
// word of the index's multi-word terms, sentences that use it in an ordinary sense, each tagged
// with the kind of page it belongs on ("any" fits every kind). The region words (hip, groin,
// thigh, spine, hamstring, butt, bum) appear only in their other senses: hip-hop, rose hips, hip
// roofs, groin vaults, beach groins, chicken thighs, book spines, "hamstring" the verb,
// cigarette butts, a bum note.

export const GENRES = ['news', 'parenting', 'tech', 'sport', 'finance', 'recipes', 'travel', 'diy'] as const;
export type Genre = (typeof GENRES)[number];

/**
 * Stemmed words of the terms that have no ordinary sense (anatomy, medicine, eponyms,
 * abbreviations): no page uses them, and a term is covered once its other words are on a page.
 */
export const NO_ORDINARY_SENSE: readonly string[] = `
abdominis abductor acetabular acetabuli acetabulum adduction adductor ankylos annulus antibiotic antibody
antirheumatic aponeurosis apophysis arthritic arthritis arthrogram arthroplasty arthroscopic arthroscopy arthrotomy
anterior askl atraumatic aureus avascular avn avulsion axspa b27 backache bechterew bekhterev biologic bursitis buttock cannulat
cartilage chondrolabral contusion coxa coxitis cutaneous debridement degenerative denervation dermatomal discogenic
drehmann dysplasia dysplastic edema endoscopic enthesopathy epidural epiphyse epiphysis externa extracapsular
extrapelvic fadir fai fasciae femoral femoris femoro femoroacetabular femur fibrosus ficat flexion flexor foraminal
fortin fugax gaenslen glute gluteal gluteus haematoma hematoma hernia herniat herniation hla idiopathic iliac iliacus
iliopectineal iliopsoas iliotibial impingement infective inflammation inguinal inguinoscrotal interna intertrochanteric
internus intervertebral intracapsular intramedullary intravenous ischaemic ischemic ischial ischiofemoral ischiogluteal jia
kingae kingella kocher l4 l5 labral labrum laparoscopic latae legg lesion lfcn ligament ligamentum longus lumbar
lumbosacral medius meralgia minimus mri musculotendinous necrosis neuralgia neurography neuropathy nof nr oa
obturator oedema orava orthogeriatric ortolani osteitis osteoarthritis osteoarthrosis osteonecrosis osteophyte
osteotomy paraesthetica paraspinal parasymphyseal paresthetica pavlik pelvic periacetabular periprosthetic perthe
petrie physiotherapist physiotherapy piriformis plana prolaps prolapse prosthesis protrusio proximal pseudoparalysis
psoas psoriatic pubalgia pubic pubis pulposus puranen pyogenic quadratus ra radicular radiculopathy radiographic
ramus rectus reducible reossification retroversion rheumatoid rotator s1 sacroiliac saltan sciatic sciatica scrotal
si sij spondylitis spondyloarthritis staphylococcus stenosis strumpell subchondral subgluteal subgluteus symphyseal
symphysis synovitis synovium tendinitis tendinopathy tendinosis tendon tendonitis tenotomy tere tnf trendelenburg
trochanter trochanteric tuberosity uncement vertebrae
`.trim().split(/\s+/);

/**
 * Phrases, beyond core/other-senses.ts, in which the generator uses a region word in another
 * sense. The fixture's test accepts a region word only inside one of these or of OTHER_SENSES.
 */
export const EXTRA_OTHER_SENSES: readonly string[] = [
  'hip waders', 'hip eateries', 'wooden groins', 'concrete groins', 'chicken thighs', 'chicken thigh',
  'spine of the book', 'book spines', 'spine-tingling', 'spine-chilling', 'Spinal Tap', 'hamstring the',
  'cigarette butts', 'water butt', 'butt of', 'bum note', 'bum deal',
];

/** word stem | kind of page | sentence using the word in an ordinary sense. */
export const SENTENCES = `
10|recipes|Bake for 10 minutes, then turn the tray around so it browns evenly.
10|any|The queue had grown to 10 people before the doors opened.
4|recipes|You will need 4 eggs at room temperature and a large mixing bowl.
4|news|The motion was carried by 4 votes after a lively session.
aged|recipes|A little aged cheddar grated over the top finishes the dish well.
aged|news|The winner, aged seventy-two, has entered every year since the contest began.
ache|travel|There is a particular ache of homesickness that arrives on the third night away.
ache|any|Nostalgia is a gentle ache that old photographs never fail to wake.
aching|sport|The visitors were aching for a goal by the hour mark.
aching|news|Residents say they are aching for some good news after a grim winter.
active|tech|The service keeps an active connection open for each signed-in user.
active|parenting|Active play outdoors beats another hour on the tablet, our nursery insists.
active|finance|Active funds charged higher fees than trackers again this year.
after|any|After a long wait, the results finally arrived.
after|any|Things calmed down after the first busy week.
agreement|news|Both sides signed the agreement late on Thursday.
agreement|finance|The agreement lets the supplier raise prices once a year.
alpha|finance|Few managers delivered any alpha once fees were taken into account.
alpha|tech|The alpha build is open to testers from next week.
angle|news|The documentary tried a fresh angle on an old story.
angle|sport|He found the angle from the edge of the box with his weaker foot.
angle|diy|Cut the board at a forty-five degree angle with a mitre saw.
anti|news|An anti-war march passed peacefully through the centre of town.
anti|tech|The anti-spam filter caught most of the junk before it reached anyone.
antenatal|parenting|Most of our closest friends we met at antenatal classes.
approach|any|The new approach won support from almost everyone in the room.
approach|tech|We tried a different approach to caching and the pages got faster.
area|news|People in the area were asked to keep their windows closed.
area|travel|The old harbour area is best explored on foot.
artificial|tech|Artificial intelligence features dominated the launch event.
artificial|recipes|There are no artificial colours in this version, just beetroot.
aseptic|recipes|Aseptic cartons keep stock fresh for months without a fridge.
aspiration|parenting|Her one aspiration this year is to learn the trumpet.
athlete|sport|The athlete thanked her coach in a tearful interview.
athletic|sport|Charlton Athletic held on for a draw at the Valley.
availability|tech|The status page shows availability for every region we serve.
availability|travel|Check availability early for summer weekends on the islands.
axial|tech|An axial fan at the back of the case pulls the warm air out.
baby|parenting|The baby finally slept through until six on Tuesday.
baby|parenting|Our baby now grabs at everything on the table.
baby|news|The zoo's new baby giraffe has already drawn huge crowds.
back|news|Commuters will be glad to see the trains running again on Monday, and the buses back to normal.
back|sport|The captain is back after a month out and starts on Saturday.
back|finance|Investors came back to the market in the afternoon.
back|tech|Rolling back the update fixed the problem for most users.
back|recipes|Put the lid back on and leave it alone for five minutes.
back|parenting|The kids were back at school on Wednesday, to everyone's relief.
back|travel|We flew back via Lisbon and arrived just before midnight.
back|diy|Screw the panel back in place once the paint has dried.
bad|news|The bad news came just before the holiday.
bad|finance|Bad debts rose for a second quarter in a row.
bad|sport|One bad miss in the first half cost them the match.
band|news|The band played a free show in the square on Friday.
band|parenting|Our eldest has joined the school band and practises every evening.
band|finance|The currency stayed within a tight band all week.
barlow|news|Gary Barlow announced a run of autumn dates on breakfast radio.
belt|finance|Households are tightening their belts again as prices climb.
belt|travel|The green belt around the city keeps the countryside close.
belt|diy|The drive belt on the mower had worn through and needed replacing.
below|any|Temperatures fell below freezing overnight and the lanes were icy.
bent|diy|A bent nail is never worth saving; pull it and start again.
bent|news|The council seems bent on closing the library.
bernhardt|news|An exhibition about Sarah Bernhardt opens at the gallery next month.
bicep|finance|The bank flexed its biceps with a record buyback.
bilateral|news|The two ministers held bilateral talks on trade and fishing.
block|news|The office block on the corner is finally being turned into flats.
block|tech|Each block in the chain refers to the one before it.
body|news|The governing body will meet again in March to decide.
body|recipes|A splash of wine gives the sauce more body.
bone|recipes|Ask the butcher to keep the bone for stock.
bone|news|The road layout has been a bone of contention for years.
bone|travel|The riverbed was bone dry by the end of August.
bone|diy|Leave the filler until it is bone dry before you sand it.
bone|sport|The derby has always been a bone of contention between the two towns.
borderline|news|The decision was borderline, and the panel said so openly.
borderline|sport|It was a borderline offside call that the referee let stand.
branch|finance|The bank will close another branch on the high street.
branch|tech|Create a new branch for each feature and merge it when the review is done.
bridge|news|The old bridge reopened to traffic after a year of work.
bridge|travel|Walk across the bridge at sunset for the best view of the river.
broken|news|Voters are tired of broken promises.
broken|sport|The world record was broken in the final lap.
broken|tech|A broken link on the home page sent visitors nowhere.
bruis|sport|It was a bruising defeat for the champions.
bruis|news|Both candidates emerged bruised from the debate.
bruis|recipes|Lightly bruised herbs give up their scent faster.
bruise|recipes|Fruit with a bruise or two is perfect for the jam pan.
bulg|finance|The order book is bulging after a strong spring.
bulg|parenting|My inbox is bulging with school forms and party invitations.
burn|recipes|Keep stirring so the garlic does not burn.
burn|finance|The startup's burn rate alarmed its investors.
burn|tech|Burn the image to a memory stick and boot from it.
bursa|finance|Shares in Kuala Lumpur rose as Bursa Malaysia opened higher.
c|tech|The driver is written in C and compiled for each board.
calve|travel|From the boat we watched the glacier calve into the fjord.
cam|diy|Replace the cam belt before it fails, not after.
cam|tech|The dash cam records in a loop and keeps the last hour.
can|any|Nobody can say for certain what happens next.
can|recipes|A can of chopped tomatoes is the start of a good sauce.
canal|travel|We hired a narrowboat on the canal for a week.
canal|news|The canal towpath will be closed for two months.
capital|finance|Venture capital has dried up for early-stage firms.
capital|travel|The capital was quieter than usual in August.
care|news|The care sector is short of staff across the county.
care|parenting|Finding good care for a toddler took us most of a year.
care|any|Handle it with care and it will last for years.
cast|news|The cast took three curtain calls on opening night.
cast|recipes|A cast iron pan, well seasoned, lasts a lifetime.
catch|sport|He dropped a simple catch at slip just before lunch.
catch|travel|Leave early to catch the last ferry.
ccp|news|Analysts said the CCP would mark the anniversary quietly.
cement|diy|Mix the cement in small batches so it does not go off.
centre|news|The town centre will be closed to cars on Sunday.
centre|travel|The visitor centre has maps and a decent cafe.
child|parenting|Every child in the class got a part in the play.
child|news|The charity wants every child to have a library card.
children|parenting|The children spent the whole afternoon building a den.
children|travel|Children under five travel free on the ferry.
classification|tech|The model handles image classification on the device itself.
click|tech|One click and the whole page reloads.
clicky|tech|The clicky keyboard drives everyone else in the office mad.
collapse|finance|The collapse of the lender shocked small savers.
collapse|news|The collapse of the talks surprised nobody.
collision|news|Traffic was held up after a collision at the roundabout.
come|any|Better days will come, or so everyone keeps saying.
compression|tech|Turning on compression halved the size of the backups.
compression|diy|A compression fitting joins the two pipes without solder.
conduction|recipes|Copper pans owe their reputation to fast heat conduction.
congenital|news|Critics called him a congenital optimist.
conjoint|finance|A conjoint analysis showed shoppers cared most about price.
contact|any|Contact the office if your parcel has not arrived.
contact|sport|Rugby is a contact game and the tackling was fierce.
containment|news|Crews laid a containment boom around the oil spill.
copenhagen|travel|Copenhagen is best explored by bike.
core|finance|Core inflation eased slightly in May.
core|recipes|Remove the core from each apple before slicing.
core|tech|The core team meets on Mondays to plan the week.
cough|finance|Shareholders will have to cough up more money.
crest|travel|From the crest of the ridge the whole valley opened up below us.
crest|sport|The club crest has been redesigned for the new season.
crest|news|The party is riding the crest of a wave after the by-election.
crest|finance|Shares rode the crest of the rally before falling back.
criteria|news|The criteria for the grant were published online.
crossover|finance|The crossover SUV sold better than the company expected.
cuff|news|The minister spoke off the cuff and regretted it.
cup|sport|They reached the cup final for the first time.
cup|recipes|Add one cup of flour and stir until smooth.
dancer|news|The dancer joined the company at nineteen.
database|tech|We moved the database to a bigger server over the weekend.
death|news|Tributes were paid after the death of the former mayor.
decompression|travel|Divers spent twenty minutes on a decompression stop.
deep|travel|The river runs deep beneath the old mill.
deep|any|Feelings run deep on both sides.
deep|tech|Deep learning models now run on ordinary phones.
deep|sport|They defended deep for the last ten minutes.
deficiency|finance|The audit found a deficiency in the controls.
developmental|parenting|Nursery staff keep notes on developmental milestones.
diagnostic|diy|The garage plugged in a diagnostic reader to check the engine.
difficulty|any|The difficulty is finding the time.
direct|travel|There is a direct train from the airport.
direct|finance|Pay by direct debit to get the discount.
disc|sport|Disc golf has taken off in the park.
disc|tech|The game still ships on a disc for those who want one.
disc|diy|Fit a fresh sanding disc before you start on the door.
disease|finance|Economists warn of Dutch disease as gas revenues pour in.
disease|news|Ash dieback disease has killed most of the trees along the lane.
disease|diy|Clear away leaves with black spot disease from around your roses.
disk|tech|The disk filled up overnight and the server stopped.
dislocation|finance|The report warned of economic dislocation in the mining towns.
disorder|news|Police were called to reports of public disorder near the ground.
disruption|news|Commuters face disruption while the line is upgraded.
disruption|tech|Every startup pitch still promises disruption.
does|any|Nobody knows what happens if it does.
doe|travel|A doe and her fawn crossed the track in front of us.
doha|news|Talks in Doha ended without a deal.
drop|any|Prices are expected to drop in the new year.
drug|news|Police broke up a drug gang operating from the port.
dynamic|tech|The page loads dynamic content as you scroll.
dysfunction|news|Years of dysfunction at the council have worn people down.
early|any|Early birds got the best seats.
edge|sport|The home side had the edge in midfield.
edge|tech|Edge servers cut the delay for readers abroad.
effusion|news|The critic's effusion of praise surprised regular readers.
eminence|news|He was the grey eminence behind three prime ministers.
energy|finance|Energy prices fell for a third month.
energy|parenting|Toddlers have more energy at bedtime than at any other hour.
enhanc|tech|The enhanced search finds files by what is in them.
entrapment|news|The defence argued that the sting amounted to entrapment.
entrapment|tech|The lawyers called the whole sting a case of entrapment, and the forum agreed.
examination|parenting|The examination season starts in May.
exercise|news|The fire drill was a useful exercise for the staff.
exercise|finance|The exercise price of the options was set in January.
extension|diy|Planning permission for the extension finally came through.
extension|tech|The browser extension blocks trackers by default.
external|tech|Plug in an external drive for the backups.
externally|finance|The accounts were audited externally for the first time.
faber|news|Faber will publish her second novel in the spring.
facet|any|Every facet of it was talked over at length.
factor|any|The weather was a big factor, as it so often is.
fader|tech|Pull the fader down slowly at the end of the song.
fair|news|The village fair returns on Saturday.
fair|sport|The result was fair on the balance of play.
fall|finance|Share prices continued to fall.
fall|travel|Fall is the best time to visit, when the maples turn.
faqs|tech|Check the FAQs before opening a support ticket.
faqs|travel|The airline's FAQs explain the rules on cabin bags.
finger|recipes|Finger food works best for a crowd.
fixation|news|The fixation on polls distracts from policy.
flamingo|travel|A flamingo colony feeds in the lagoon at dawn.
foot|finance|Taxpayers will foot the bill for the overrun.
foot|travel|The old town is best explored on foot.
fractur|news|The fractured coalition staggered on for another month.
fractur|finance|A fractured market makes pricing hard.
fracture|news|A fracture has opened between the two wings of the party.
fracture|finance|The fracture in the bond market widened on Friday.
fracture|diy|Engineers mapped every fracture in the rock before drilling began.
fracture|tech|A fracture in the glass spread from one corner of the screen.
fracture|sport|The squad shows no fracture despite the run of defeats.
fragility|finance|The crisis exposed the fragility of global supply chains.
fragmentation|tech|Fragmentation of the phone market makes testing slow.
frog|parenting|The kids found a frog in the pond and named it Kevin.
gait|news|The postman's unhurried gait is familiar to every household on the street.
gilmore|news|Gilmore Girls remains a comfort watch for many.
girdle|travel|A girdle of low hills shelters the town from the wind.
greater|news|Greater Manchester will get new bus routes next year.
greater|any|The interest was greater than anyone expected.
growth|finance|Growth was flat in the third quarter.
guid|travel|A guided tour of the old town takes two hours.
h|parenting|This week she learned to write a capital h.
harness|tech|The firm wants to harness solar power on every roof.
harness|travel|Check your climbing harness before every route.
head|parenting|The head of the school thanked parents for their patience.
head|news|The head office will move to Leeds next year.
head|finance|The head of the bank said rates would stay on hold.
head|sport|The head coach kept faith with the same eleven.
head|recipes|Roast a whole head of garlic alongside the potatoes.
head|travel|Head north from the station and the museum is on your left.
health|finance|The financial health of the firm is better than feared.
healthy|recipes|It is a healthy lunch that keeps well in the fridge.
height|diy|Measure the height of the doorway twice before you order.
high|finance|Rents hit a record high this spring.
high|any|Hopes were high at the start.
hockey|sport|The hockey team won the league on the last day.
hopp|travel|We spent a week island hopping on slow ferries.
hurt|finance|Higher interest rates have hurt housebuilders.
hurt|news|Nobody was hurt, the fire service said.
illness|sport|The match was postponed because of illness in the squad.
impulse|finance|Impulse buys at the till add up over a month.
indirect|finance|Indirect taxes fall hardest on the poorest households.
infect|tech|Thousands of routers were infected by the worm.
infection|tech|The malware infection spread through shared drives.
inferior|any|The cheaper model felt inferior in every way.
inflam|news|The remarks inflamed tensions in the chamber.
inflammatory|news|The post was taken down for inflammatory language.
injection|finance|A cash injection from new owners saved the club.
injury|sport|They scored the winner in the fifth minute of injury time.
injury|news|The report added insult to injury for the families.
inner|travel|The inner city has changed beyond recognition.
insertion|tech|Insertion sort is fine for small lists.
internal|finance|An internal review found no wrongdoing.
irritable|parenting|A tired toddler is an irritable toddler.
irritation|news|There was some irritation at the delay.
isometric|tech|The game uses an isometric view of the city.
joint|finance|The two firms set up a joint venture in Spain.
joint|news|A joint statement was issued by both governments.
joint|recipes|A joint of beef like this one feeds eight.
joint|diy|Sand the joint smooth before you paint it.
joint|sport|They finished joint top after the final round.
joint|tech|The two teams shipped a joint release on Friday.
joint|travel|The best fish joint in town is down by the quay.
joint|parenting|We sent a joint card from the whole class.
junction|news|The junction will be closed for resurfacing next week.
junction|travel|Turn left at the junction after the church.
juvenile|news|The case was heard in the juvenile court.
keyhole|diy|Oil the lock through the keyhole with a drop of graphite.
klein|tech|A Klein bottle has no inside and no outside.
knee|news|It was a knee-jerk response to the headlines.
lateral|tech|A bit of lateral thinking solved the problem.
lateral|finance|Her move to the rival firm was a lateral one.
lateral|sport|A lateral pass released the winger down the touchline.
lateral|news|The minister's move to transport was seen as a lateral step.
leg|sport|They won the first leg two-nil.
leg|travel|The final leg of the trip was by bus.
leg|recipes|Slow-roast a leg of lamb with rosemary.
lesser|any|To a lesser extent, the same is true of everything else.
lichtenstein|news|A Lichtenstein print sold for a record sum on Tuesday.
limp|recipes|Revive limp lettuce in a bowl of iced water.
line|any|Somewhere along the line, the plans changed.
list|any|The to-do list keeps getting longer.
load|diy|Run a full load in the washing machine to save water.
long|any|It has been a long week.
loose|any|There are a few loose ends to tie up.
loss|finance|The firm reported a loss for the year.
low|finance|The pound hit a low against the dollar.
lower|finance|Lower rates would help borrowers.
lump|finance|You can take a lump sum from your pension at fifty-five.
magna|news|A copy of Magna Carta goes on display in the cathedral.
major|any|It was a major change for all of us.
major|news|Major roadworks start next week.
manipulation|finance|The trader was fined for market manipulation.
marie|news|Marie Curie won two Nobel prizes.
marrow|recipes|Stuffed marrow is an old-fashioned supper worth reviving.
maximus|news|Maximus, the general in Gladiator, is still his favourite role.
mechanical|diy|A mechanical timer switches the lamp on at dusk.
mesh|tech|A mesh network fixed the dead spots upstairs.
mesh|diy|Staple a fine mesh over the vent to keep out insects.
modify|tech|You can modify the settings from the dashboard.
morn|any|By morning the snow had gone.
morphology|tech|The parser copes with Finnish morphology surprisingly well.
mr|news|Mr Patel has run the corner shop for thirty years.
muscle|finance|The merger gives the group more financial muscle.
muscle|news|The mayor flexed some political muscle to get the plan through.
muscle|travel|The museum of muscle cars is worth a detour.
neck|sport|The race was neck and neck to the line.
neck|recipes|Ask for lamb neck, which is cheap and ideal for a stew.
neck|travel|This neck of the woods is quiet out of season.
needle|diy|Thread the needle before you start on the hem.
nerve|sport|She held her nerve in the shoot-out.
nerve|news|The candidate kept his nerve during a hostile interview.
nerve|finance|Investors lost their nerve as the results came in.
nerve|parenting|It took some nerve to stand up in assembly and read her poem.
nerve|tech|The demo took nerve, as the network kept dropping.
newborn|parenting|Newborn photo sessions are booked weeks in advance.
night|any|It all went on late into the night.
non|finance|Non-profit groups are struggling to raise money.
nordic|travel|Nordic cities top the happiness rankings again.
notch|sport|They notched a third win in a row.
nucleus|sport|The nucleus of the squad has played together for years.
numb|news|Fans were numb after the final whistle.
numbness|news|A numbness settled over the town after the factory closed.
oblique|news|The speech made an oblique reference to the scandal.
obligatory|travel|We took the obligatory photo at the top.
observation|travel|The observation deck is open until ten.
origin|recipes|The origin of the dish is hotly disputed.
outer|travel|The outer islands see few visitors in winter.
outside|any|Outside, the rain had finally stopped.
overhang|finance|An overhang of unsold homes is weighing on prices.
overhang|diy|The roof overhang keeps the rain off the windows.
oxford|news|Oxford won the boat race by two lengths.
padd|tech|Add some padding around the buttons so they are easier to tap.
pain|tech|Setting up the printer was a pain, as always.
pain|news|The council is at pains to reassure traders.
pain|finance|Households face more financial pain this winter.
pain|parenting|Getting everyone out of the door on time is a daily pain.
pain|diy|Stripping old wallpaper is a pain, but a steamer helps.
pain|travel|Changing planes in Frankfurt is a pain with small children.
pain|recipes|Warm pain au chocolat is the whole point of a Sunday.
pain|sport|The coach was at pains to praise the young goalkeeper.
painful|finance|The cuts will be painful for every department.
partial|any|It was only a partial success.
partial|finance|Customers will get a partial refund.
pillar|news|She was a pillar of the community for fifty years.
pin|tech|Pin the tab so it stays open.
pins|diy|Hold the hem with pins before you sew it.
pins|tech|The board has forty pins along one edge.
pincer|sport|A pincer movement down both wings undid the defence.
pinch|recipes|Add a pinch of salt and taste again.
pinn|news|The party is pinning its hopes on young voters.
plate|recipes|Warm the plate before serving.
point|any|The point was made politely but firmly.
pointer|tech|A null pointer crashed the app on startup.
pointer|news|The lecturer waved a laser pointer at the slides.
portal|tech|The customer portal was down for an hour.
posterior|tech|The posterior probability barely moved after the new data.
postnatal|parenting|The postnatal group meets in the library on Tuesdays.
postpartum|parenting|A postpartum doula helped us through the first weeks.
precaution|travel|As a precaution, carry a paper copy of your ticket.
pregnancy|parenting|During my pregnancy I read every parenting book I could find.
problem|any|The problem is not new, but nobody has fixed it.
protection|tech|Data protection rules apply to every form on the site.
provocation|news|The minister called the flights a provocation.
pull|tech|Open a pull request when the checks pass.
putt|sport|His putting let him down on the last nine holes.
question|any|It is a fair question that nobody has answered.
r|tech|The analysis was done in R and the code is online.
radiofrequency|tech|Radiofrequency tags track every parcel through the depot.
raise|finance|Staff got a pay raise for the first time in three years.
ray|news|The new factory is a ray of hope for the valley.
reaction|any|The reaction online was mixed.
recovery|finance|The recovery has been slower than forecast.
recurrent|finance|Recurrent spending is up by a tenth.
referr|news|The case was referred to the regulator.
referral|finance|The referral bonus is fifty pounds for each new customer.
rehab|diy|The rehab of the old mill took three years.
relat|any|The two stories are related, as it turns out.
relative|any|It was cheap relative to the alternatives.
release|tech|The release went out on Thursday.
repair|diy|The repair cafe fixes toasters and bikes for free.
repair|news|The bridge is closed for repair until June.
replacement|news|A replacement bus service will run on Sunday.
replacement|diy|The replacement window arrived cracked.
resist|finance|Shoppers resisted the price rises.
resurfac|news|Road resurfacing starts on Monday.
revision|parenting|The revision timetable is stuck to the fridge.
rim|recipes|Salt the rim of each glass.
ring|news|Police broke up a smuggling ring.
ring|sport|He climbed back into the ring at forty.
root|recipes|Root vegetables roast well together.
rotat|sport|The coach rotated the squad for the cup game.
rotation|sport|Squad rotation kept the players fresh.
roth|news|Philip Roth's letters are to be published next year.
runn|any|The running total is on the board by the door.
rupture|news|The row led to a rupture between the old allies.
score|sport|The final score flattered the visitors.
scope|tech|The scope of the project has doubled since spring.
screw|diy|Drive each screw in flush with the surface.
seat|travel|Book a seat on the left for the sea views.
self|any|The self-service tills are always busy.
septic|diy|The septic tank should be emptied every year.
shallow|travel|The shallow bay is safe for paddling.
shoe|news|The shoe shop on the high street closes next month.
shorten|sport|The race was shortened because of the wind.
side|sport|The home side started brightly.
sign|any|There was no sign of it letting up.
single|news|Her new single went straight to number one.
sit|news|Students staged a sit-in at the library.
sitt|news|The sitting councillor lost by twelve votes.
situ|diy|Leave the old pipes in situ and cap them.
slid|finance|Shares were sliding all afternoon.
slipp|sport|They slipped to third place after the defeat.
slipp|finance|The pound slipped against the euro.
slipp|news|Standards have slipped at the town hall, the report says.
slipp|tech|The launch slipped by a week.
slipp|parenting|Bedtime has slipped to nine o'clock over the holidays.
slump|finance|A slump in sales hit the shops hard.
snapp|travel|We spent the morning snapping photos of the harbour.
snapp|finance|Collectors are snapping up the rare coins.
snapp|parenting|The toddler was snapping at everyone by teatime.
snapp|news|Photographers were snapping away as the couple arrived.
sock|parenting|Every wash produces at least one odd sock.
socket|diy|Turn off the power before changing the socket.
socket|tech|The server opens a socket for each connection.
sore|sport|Nobody likes a sore loser.
sore|news|Parking remains a sore point with traders.
spa|travel|The spa town is full of grand hotels.
space|any|There is more space in the new office.
specific|any|The rules are specific about what counts.
sport|any|Sport brings the town together every weekend.
sportsman|sport|He was named sportsman of the year.
squeeze|finance|The squeeze on incomes shows no sign of easing.
stance|news|The government has softened its stance.
stand|news|The mayor will not stand again.
start|any|The start is always the hardest part.
stem|recipes|Strip the leaves from each stem of thyme.
stem|parenting|The school runs a STEM club on Thursdays.
steroid|tech|It is basically a spreadsheet on steroids.
stiff|sport|They face stiff competition this year.
stiffness|diy|The stiffness of the frame makes the bike feel quick.
straight|sport|It was their third straight win.
strain|finance|The strain on household budgets showed up first in the supermarket figures.
strain|diy|Engineers fitted gauges to measure the strain on each beam.
strain|news|The strain on the ambulance service is obvious.
strain|recipes|Strain the stock through a fine sieve.
strain|tech|The launch put a strain on the servers.
strain|sport|The fixture list is putting a strain on the squad.
strengthen|finance|The firm is strengthening its balance sheet.
stress|finance|The bank passed its stress test comfortably.
stress|news|The minister was keen to stress that nothing was decided.
stress|tech|We ran a stress test on the checkout before the sale.
stress|parenting|The stress of moving house got to all of us.
stress|diy|Engineers checked the stress in each weld.
stretch|sport|The final stretch of the season is crucial.
study|any|A new study says otherwise.
superficial|news|Critics called the changes superficial.
superior|any|The new model is superior in most ways.
support|tech|The support team answered within the hour.
surgery|news|The MP holds a constituency surgery on Fridays.
swaddl|parenting|We gave up on swaddling after the first fortnight.
syndrome|news|Imposter syndrome affects even the most senior staff.
syndrome|tech|Not invented here syndrome has cost the firm dearly.
syndrome|finance|The shiny object syndrome of some investors worries the regulator.
syndrome|parenting|Middle child syndrome is a running joke in our house.
tear|parenting|There were tears at bedtime again.
tear|news|The farewell speech had many in the room in tears.
tear|sport|She shed a tear as the anthem played.
tear|diy|Tear off the old felt before laying the new one.
tear|recipes|Tear the bread into rough pieces for the salad.
teenager|parenting|Our teenager has discovered the lie-in.
tenderness|recipes|Slow cooking gives the beef real tenderness.
tension|news|Tension rose as the count went on.
tensor|tech|Each tensor is stored in half precision.
test|sport|The test match was drawn after five days.
test|parenting|She got full marks in her spelling test.
test|tech|Every change has to pass the unit tests.
test|recipes|Test the cake with a skewer after forty minutes.
test|news|The by-election will be a test of the new leader.
test|finance|The bank passed the regulator's latest test.
test|diy|Test the circuit before you touch any wires.
test|travel|The climb is a real test of stamina.
therapy|finance|Retail therapy is an expensive habit.
thomas|news|Thomas, the head gardener, has worked here since 1990.
thrust|news|The main thrust of the report is about housing.
tool|diy|A good multi tool is worth its weight.
torn|news|Voters are torn between the two leading candidates.
torn|parenting|I was torn between the two schools.
total|any|The total came to more than we expected.
toxic|news|Staff described a toxic workplace.
traction|tech|The app is gaining traction with students.
train|travel|The train along the coast is slow but beautiful.
transient|tech|A transient error made the upload fail.
trapp|travel|We were trapped in traffic for an hour.
treatment|news|The water treatment works is being upgraded.
trimm|recipes|Trimming the fat before cooking keeps the sauce light.
truss|diy|Each roof truss is lifted into place by crane.
type|any|This type of thing happens more often than you would think.
ultrasound|parenting|Bats find insects in the dark by ultrasound.
up|any|The numbers are up again this month.
upper|travel|Sit on the upper deck for the views.
view|travel|The view from the top is worth the climb.
viral|tech|The clip went viral overnight.
wait|any|The wait was worth it.
wall|diy|Fill the cracks in the wall before you paint.
washout|sport|The second day was a washout.
weakness|finance|Weakness in the pound pushed prices up.
wear|any|Everything shows some wear in the end.
why|any|Nobody could explain why.
x|tech|The company posted the news on X before the press release.
abduction|news|The new film is a comedy about an alien abduction in a seaside town.
adolescent|parenting|Adolescent moods change faster than the weather.
adult|any|Adult tickets cost twelve pounds, and under-fives go free.
bacterial|recipes|Bacterial cultures turn warm milk into yogurt overnight.
crescent|travel|Our flat was on a quiet crescent behind the park.
crescent|news|A thin crescent moon hung over the harbour.
nail|diy|Hammer each nail in at a slight angle.
narrow|sport|A narrow win kept them top of the table.
narrow|travel|The narrow lanes of the old town are no place for a car.
national|news|The national lottery grant will pay for the new roof.
national|sport|She was picked for the national squad at seventeen.
collision|tech|A hash collision is rare but not impossible.
criteria|tech|The acceptance criteria are written before any code.
criteria|finance|Lenders have tightened their criteria again.
cuff|recipes|Roll up your cuffs; this part gets messy.
death|tech|The blue screen of death appeared twice on Monday.
drug|finance|Shares in the drug maker rose after the results.
dysfunction|finance|Boardroom dysfunction has weighed on the share price.
dysfunction|parenting|A little family dysfunction at Christmas is traditional in our house.
fixation|parenting|His current fixation is dinosaurs, morning, noon and night.
gait|sport|Race walkers are judged on their gait at every lap.
inflam|sport|The penalty decision inflamed the home crowd.
inflammatory|tech|Moderators remove inflammatory posts within minutes.
irritation|tech|The constant pop-ups are a source of irritation.
irritation|parenting|To my irritation, the wellies were left in the hall again.
knee|finance|The market's knee-jerk response faded by lunchtime.
numb|recipes|Sichuan peppercorns leave the tongue pleasantly numb.
oblique|sport|An oblique run from the winger opened up the space.
oblique|travel|Oblique evening light turned the walls gold.
pillar|finance|Pensions are the third pillar of the plan.
pillar|tech|Security is a pillar of the design, not an afterthought.
pinn|sport|The club is pinning its hopes on the cup run.
provocation|sport|The celebration in front of the away end was seen as a provocation.
ray|travel|We spotted a manta ray from the boat.
ray|tech|Ray tracing makes the game look stunning.
referr|sport|The incident was referred to the video assistant.
resurfac|diy|Resurfacing the old worktop cost far less than replacing it.
rupture|finance|A rupture between the founders sank the deal.
shoe|parenting|Every school morning begins with a hunt for the other shoe.
shoe|travel|Comfortable shoes are a must on the cobbles.
single|travel|A single ticket costs four euros on the tram.
sit|parenting|Getting a toddler to sit still at the table is a minor miracle.
sitt|parenting|The sitting room is now a permanent den.
sitt|diy|We repainted the sitting room over one long weekend.
stance|sport|The batter's open stance has been copied all over the country.
stand|sport|The new stand holds four thousand.
superficial|diy|The scratches were superficial and polished out.
tension|diy|Adjust the tension on the sewing machine before you start.
tension|sport|Tension mounted in the final minutes.
thrust|tech|The main thrust of the update is speed.
thrust|recipes|The main thrust of this recipe is speed: supper in twenty minutes.
toxic|tech|Toxic comments are now hidden automatically.
treatment|diy|Give the fence a coat of wood treatment every other year.
slid|sport|A sliding tackle saved a certain goal.
low|travel|The low tide exposed a mile of sand.
low|sport|A low cross found the striker at the far post.
lower|travel|The lower town is all steep steps and washing lines.
lower|diy|Lower the shelf by an inch so the jars fit.
loss|sport|It was their first loss of the season.
growth|parenting|Another growth spurt, another pile of trousers that no longer fit.
growth|diy|Cut back the new growth on the hedge in late summer.
painful|sport|It was a painful evening for the travelling fans.
resist|parenting|I resisted the urge to tidy their rooms.
resist|recipes|Resist the temptation to stir the rice.
non|tech|The client makes non-blocking calls throughout.
injection|tech|The form was open to SQL injection until the patch.
internal|tech|Most of our internal tools are built on the same stack.
recovery|tech|The disaster recovery drill went better than last year.
weakness|sport|Set pieces remain a weakness.
squeeze|travel|We managed to squeeze in a visit to the castle.
therapy|parenting|Baking with the kids is my therapy on a wet Sunday.
external|diy|The external walls need repointing.
release|diy|Release the catch and lift the lid off.
release|recipes|Let the steam release before you open the cooker.
support|diy|Fit a support bracket under the middle of the shelf.
pull|sport|She had to pull out of the race on the morning.
pull|diy|Pull the old carpet up and check the boards.
side|recipes|Serve the dressing on the side.
side|any|On the plus side, nobody complained.
rotation|diy|Crop rotation keeps the vegetable beds healthy.
stiff|recipes|Whisk the whites until stiff.
stretch|finance|Budgets are at full stretch this year.
stretch|travel|We found a quiet stretch of coast beyond the headland.
shorten|diy|Shorten the chain by two links.
inner|tech|Move the check out of the inner loop.
outer|recipes|Peel away the outer leaves of the cabbage.
upper|diy|The upper floor was rewired first.
view|tech|The new list view is faster to scroll.
limp|news|The apology was limp and came far too late.
limp|sport|It was a limp display from the visitors.
root|tech|Never run the installer as root.
root|diy|Roots from the hedge had cracked the drain.
origin|travel|The origin of the town's name is lost.
plate|diy|A sheet of plate glass now covers the desk.
pinch|finance|Households are feeling the pinch.
finger|diy|Tighten the nuts finger-tight first.
height|travel|From this height the whole bay is visible.
load|tech|Load times halved after the change.
wall|travel|Walk the old city wall at dusk.
needle|travel|The Space Needle was wrapped in fog all week.
tool|tech|The new build tool is much faster.
hip|news|The festival's hip-hop stage drew the biggest crowd of the weekend.
hip|news|Critics say the mayor tends to shoot from the hip at press conferences.
hip|news|The two parties have been joined at the hip since the last election.
hip|parenting|Our eldest has discovered hip-hop and plays it at full volume before school.
hip|parenting|The twins are joined at the hip and refuse to be split up at dinner.
hip|parenting|We made rose hip syrup with the children after a walk along the lane.
hip|tech|The library now ships a HIP kernel alongside the CUDA version.
hip|tech|Porting the renderer to the HIP runtime took two engineers a month.
hip|tech|The hip new startup down the road has poached three of our developers.
hip|sport|The new stadium bar is a hip spot for fans before kick-off.
hip|sport|The manager shoots from the hip when he names the team.
hip|sport|Fans sang hip hip hooray as the open-top bus passed the town hall.
hip|finance|The fund manager does not shoot from the hip; every trade is written up first.
hip|finance|Landlords in the hip district have raised rents twice this year.
hip|finance|Keep a few notes in your hip pocket for emergencies.
hip|recipes|Rose hip jelly is the best use of the hedgerow in October.
hip|recipes|A spoonful of rose hip syrup lifts a plain rice pudding.
hip|recipes|This recipe came from a hip little cafe in Lisbon.
hip|travel|The hip neighbourhood behind the station is full of record shops.
hip|travel|Pack a hip flask for the cold evenings on deck.
hip|travel|Hip waders are essential for fishing the upper river.
hip|travel|The hip eateries of the old port fill up by eight.
hip|diy|The hip rafters have to be cut before the roof can be tiled.
hip|diy|A hip roof copes better with strong wind than a gable.
hip|diy|Replace any cracked hip tiles before winter.
groin|news|Restorers have cleaned the groin vault above the nave for the first time in a century.
groin|news|The council will rebuild the timber groins along the seafront this winter.
groin|travel|Walk out along the beach groins at low tide to find rock pools.
groin|travel|The crypt's groin vaults are lit by candles during the evening tour.
groin|diy|A groin vault is formed where two barrel vaults cross at right angles.
groin|diy|Each groin rib was carved from a single block of stone.
groin|finance|The contract to replace the rock groins is worth four million pounds.
groin|sport|Surfers say the new groin field has changed the break at the point.
groin|parenting|The children raced each other between the wooden groins on the sand.
groin|tech|The survey drone mapped every groin field on the coast in an afternoon.
thigh|recipes|Brown the chicken thighs skin down until they lift away from the pan.
thigh|recipes|Boneless chicken thighs stay juicy where breast meat dries out.
thigh|news|The van selling fried chicken thighs won the street food award.
thigh|sport|The fried chicken thighs at the kiosk are the best thing about match day.
spine|news|The spine of the book cracked the first time I opened it.
spine|news|The finale was spine-tingling, and the audience stood for ten minutes.
spine|parenting|We lined up the book spines by colour on the new shelf.
spine|travel|The spine-chilling ghost walk starts outside the cathedral.
spinal|news|This Is Spinal Tap still gets quoted in every rehearsal room.
hamstr|news|Planning rules continue to hamstring the small builders.
hamstr|finance|Rising costs threaten to hamstring the recovery.
hamstr|sport|A thin squad could hamstring the club's hopes of promotion.
hamstr|tech|Old contracts hamstring the IT department.
butt|news|Volunteers collected four thousand cigarette butts from the beach.
butt|diy|A water butt under the downpipe saves gallons over the summer.
butt|news|The minister has become the butt of every joke on late-night radio.
bum|news|The orchestra recovered quickly from a bum note in the opening bars.
bum|finance|Savers are getting a bum deal from the big banks.
`;
