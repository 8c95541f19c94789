// Catalan (Spanish's and French's lists already cover registr-, consulta, contacte, número …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const ca = `telèfon|mòbil
codi (de |d.)?(verificaci|seguretat|confirmaci|acc[eé]s|un sol)|introdu\\S* el codi
(re)?envia\\S* (el |un )?codi|torna a enviar|(rebre|obtenir|sol.licita\\S*) (el |un )?codi
missatge de text|trucada (de veu|telef)
inicia(r)? (la )?sessi[oó]|accedeix|identifica.t|entra\\b
crea(r)? (un )?compte|d[oó]na.t d.alta
oblidat|restabl\\S* (la )?contrasenya
dos passos|dues passes|dos factors|doble verificaci
configuraci[oó]|el meu compte|seguretat|dades personals|prefer[eè]nci
cistella|carretó|enviament|pagament|facturaci[oó]|lliurament
butllet|subscriu|demana informaci|pressupost|truca.ns
codi postal|n[uú]mero de (client|compte|contracte)|naixement|cerca(r)?\\b
tanca(r)? (la )?sessi[oó]|surt\\b|sortir\\b
acaba(t|da)? (en|amb)|(darrer|últim)s (\\d|quatre) d[ií]gits
correu|usuari
targeta|caducitat
núm\\b
afeg|canvi|actualitz`;
