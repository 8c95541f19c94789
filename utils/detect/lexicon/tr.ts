// Turkish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const tr = `cep( telefonu| no)|gsm\b
doğrulama kodu|sms kodu|tek kullanımlık
kod gönder

giriş yap|oturum aç
üye ol|kayıt ol|hesap oluştur
şifremi unuttum

ayarlar|güvenlik|hesabım
sepet|teslimat|ödeme|sipariş|fatura|kargo|satın al
iletişim|bize ulaşın|talep|bülten|randevu|teklif
posta kodu|kimlik no
çıkış yap|oturumu kapat

kullanıcı adı|e-posta
kart numarası|son kullanma
numara
ekle|değiştir|düzenle|doğrula`;
