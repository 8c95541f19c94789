// Icelandic, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const is = `síma|sími|farsím|simi\\b
staðfestingark[óo]ð|öryggisk[óo]ð|auðkenn\\S*k[óo]ð|einnota|slá\\S* inn k[óo]ð|kóði\\b
send[au] (mér )?(nýjan )?k[óo]ða|fá (nýjan )?k[óo]ða|senda aftur|endursenda
smáskilab|textaskilab|símtal
innskrá|skrá (mig )?inn|skráðu þig inn|rafræn\\S* skilrík
nýskrá|stofna (aðgang|reikning)|búa til aðgang
gleym|endurstilla|endurheimta
tveggja (þátta|þrepa)|tvíþ[aáæ]tt
stillingar|mínar síður|minn aðgangur|aðgangurinn minn|öryggi|prófíl
karfa|körfu|innkaupakarf|greiðsl|greiða|pöntun|pantanir|afhending|heimsending|kaupa\\b
samband|fyrirspurn|fréttabréf|póstlist|tilboð|bóka\\b|bókun
kennit[aö]l|kt\\b|póstnúmer|reikningsnúmer|viðskipta\\S*númer|leita\\b
útskrá|skrá (mig )?út
endar á|síðustu (\\d|fjórir|fjóra)
netfang|notandanafn|tölvupóst
kortanúmer|greiðslukort|kreditkort|gildist[ií]m
númer(\\b|i)
breyt|bæta við|staðfesta|uppfær`;
