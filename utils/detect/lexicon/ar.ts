// Arabic: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const ar = `هاتف|جوال|موبايل|محمول
رمز (التحقق|التأكيد)
[إا]رسال الرمز
رسالة نصية
تسجيل الدخول
إنشاء حساب|التسجيل
نسيت كلمة

الإعدادات|الأمان|حسابي
سلة|الشحن|التوصيل|الدفع|الطلب|الفاتورة|إتمام الشراء
اتصل بنا|تواصل|استفسار|موعد

تسجيل الخروج

اسم المستخدم|البريد الإلكتروني
رقم البطاقة|تاريخ الانتهاء
رقم
إضافة|تغيير|تعديل`;
