// Azerbaijani (Turkish's list already covers sms, ayarlar, hesabım …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const az = `
təsdiq(ləmə)? kodu|birdəfəlik|yoxlama kodu
kod(u)? göndər|yenidən göndər|təkrar göndər|kod(u)? al\\b
səsli zəng|qısa mesaj|zəng (ilə|vasitəsilə)
daxil ol|giriş\\b
qeydiyyat|hesab yarat
unut|bərpa|şifrəni? sıfırla
iki (addımlı|faktorlu|mərhələli)|ikimərhələli|ikifaktorlu
parametrlər|tənzimləmə|təhlükəsizlik|şəxsi (kabinet|məlumat)
səbət|çatdırılma|ödəniş|sifariş|ödə\\b
əlaqə|müraciət|sorğu|abunə|geri zəng|bülleten
poçt indeksi|fi\\u0307?n kod|vöen|müqavilə nömrəsi|müştəri nömrəsi|axtar|şəxsiyyət vəsiqə
çıxış|çıx\\b
ilə bitən|ilə bitir|son (\\d|iki|dörd) rəqəm
istifadəçi adı|e-poçt|elektron poçt
kart(ı|ın)?\\b|bitmə tarixi|etibarlılıq
nömrə
əlavə et|dəyiş|redaktə|təsdiqlə`;
