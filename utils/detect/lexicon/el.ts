// Greek: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const el = `τηλ[εέ]φων|κινητ
κωδικός (επαλήθευσης|sms)
αποστολή κωδικού

σύνδεση|είσοδος
εγγραφ|δημιουργία λογαριασμού
ξεχάσατε

ρυθμίσεις|ασφάλεια|ο λογαριασμός μου
καλάθι|(στοιχεία|έξοδα) αποστολής|παράδοσ|πληρωμ|παραγγελ|τιμολόγ|ταμείο
επικοινων|ερώτημα|ραντεβού|προσφορ

αποσύνδεση

όνομα χρήστη
αριθμός κάρτας
αριθμ
προσθήκη|αλλαγή|επεξεργασία`;
