// Turkish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const tr = `cep( telefonu| no)|gsm\\b
doğrulama kodu|sms kodu|tek kullanımlık
kod gönder
sms ile|kısa mesaj|sesli arama
giriş yap|oturum aç
üye ol|kayıt ol|hesap oluştur
şifremi unuttum|şifre(mi)? sıfırla|parolamı unuttum|şifre yenile
iki adımlı|iki faktörlü|iki aşamalı|2 adımlı
ayarlar|güvenlik|hesabım|kişisel bilgiler|profilim|hesap bilgileri
sepet|teslimat|ödeme|sipariş|fatura|kargo|satın al
iletişim|bize ulaşın|talep|bülten|randevu|teklif
posta kodu|kimlik no
çıkış yap|oturumu kapat
ile biten|son (\\d|iki|dört) hane
kullanıcı adı|e-posta
kart numarası|son kullanma
numara
ekle|değiştir|düzenle|doğrula`;
