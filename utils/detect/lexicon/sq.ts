// Albanian, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const sq = `numri i telefonit|numër telefoni|numrin e telefonit|celulari
kodi i verifikimit|kod verifikimi|kodi njëpërdorimësh|kod\\S* sms
dërgo kodin|merr kodin|ridërgo kodin
me sms|përmes sms|mesazh tekst|telefonat\\S* zanor
hyr\\b|hyni\\b|identifikohu|kyçu
regjistrohu|krijo llogari|hap llogari
keni harruar fjalëkalimin|harruat fjalëkalimin|rivendos fjalëkalimin|rikupero
verifikim\\S* me dy hapa|vërtetim\\S* me dy faktorë|dy hapa|dy faktorë
cilësimet|siguria|llogaria ime|të dhënat personale|profili im
shporta|dërges|pagesa|pagesë|porosi|faturë
na kontaktoni|pyetje|rezervim|abonohu
kodi postar|numri personal|nipt\\b
dil\\b|çkyçu
që përfundon me|shifrat e fundit
emri i përdoruesit
numri i kartës|data e skadimit
numri|numër
shto|ndrysho|modifiko|verifiko`;
