// Estonian, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const et = `mobiil
kinnituskood|ühekordne kood|sms-kood|kontrollkood
saada kood|saada uuesti|küsi koodi
sms-iga|tekstisõnum|häälkõne
logi sisse|sisselogimine|sisene
registreeru|loo konto|konto loomine
unustasid parooli|parooli taastamine|taasta parool|lähtesta parool
kaheastmeline|kahefaktoriline|kaheteguriline
seaded|turvalisus|minu konto|profiil
ostukorv|tarne|makse|tellimus|kohaletoimetamine
päring|võta (meiega )?ühendust|uudiskiri|tagasihelistamine
isikukood|postiindeks|kliendinumber
logi välja
lõpeb|viimased (\\d|neli|kaks) numbrit
kasutajanimi|e-?post
kaardi number|kehtivusaeg

lisa\\b|muuda|redigeeri`;
