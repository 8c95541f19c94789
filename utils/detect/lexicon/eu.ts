// Basque (stems: words take their case endings, "mugikorra", "kodea"), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const eu = `mugikor|sakelako
(egiaztapen|egiaztatze|segurtasun|sarbide|berrespen)[- ]?kode|(sartu|idatzi) (zure )?kodea
(bidali|jaso|eskatu) (berriro )?kodea|kodea (berriro )?(bidali|jaso)|berriro bidali
testu[- ]?mezu|ahots[- ]?dei|dei bidez
saioa has|hasi saioa|saio[- ]?hasiera|identifikatu
erregistr|kontua sortu|sortu (zure )?kontua|izena eman
ahaztu|pasahitza (berrezarri|berreskuratu)|berrezarri pasahitza
bi (urrats|faktore|pauso|fase)
ezarpen|nire kontua|segurtasun|datu pertsonal
saski|ordainket|bidalket|eskaera|erosket|erreserb
harreman|kontsult|buletin|harpide|aurrekontu|hitzordu
posta[- ]?kode|nan\\b|(bezero|kontu|kontratu)[- ]?zenbaki|jaiotze|bilatu
saioa itxi|itxi saioa|irten\\b
amaitzen (den|da)|azken (\\d |lau )?digituak
erabiltzaile|(posta|helbide) elektroniko
txartel|iraungitze
zenbaki|zk\\b
gehitu|aldatu|eguneratu|egiaztatu`;
