// Italian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const it = `cellulare
codice( di verifica| sms| otp)
invia (il )?codice

accedi|accesso
registra|crea (un )?account|iscriviti
password dimenticata|recupera

impostazioni|sicurezza|il mio account|profilo
carrello|spedizion|pagamento|fatturazione|ordin[ei]|consegna|cassa\b|acquist|prenotazion
contatt|richiesta|preventivo|appuntamento
cap\b|codice fiscale|partita iva
esci\b|disconnetti


carta\b|scadenza
numero
aggiungi|modifica|cambia|verifica`;
