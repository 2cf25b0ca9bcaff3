import type { MessageKey } from './fa.js';

/** Arabic strings. */
export const ar: Record<MessageKey, string> = {
  'field.required': 'هذا الحقل مطلوب.',
  'field.too_long': 'هذا الحقل طويل جداً.',
  'field.too_short': 'هذا الحقل قصير جداً.',
  'field.invalid': 'قيمة هذا الحقل غير صالحة.',
  'field.invalid_url': 'الرابط غير صالح.',
  'field.invalid_email': 'البريد الإلكتروني غير صالح.',
  'field.unknown_section': 'القسم المحدد غير موجود.',
  'error.invalid': 'البيانات المرسلة غير صالحة.',
  'error.not_found': 'لم يتم العثور على ما طلبته.',
  'error.gone': 'هذا الخبر لم يعد متاحاً.',
  'error.forbidden': 'ليس لديك إذن للقيام بذلك.',
  'error.unauthorized': 'يجب تسجيل الدخول أولاً.',
  'error.conflict': 'قام شخص آخر بحفظ هذا الخبر في هذه الأثناء. راجع النسخة الجديدة ثم احفظ مرة أخرى.',
  'error.rate_limited': 'طلبات كثيرة جداً. حاول مرة أخرى بعد قليل.',
  'error.too_large': 'حجم البيانات أكبر من المسموح.',
  'error.unsupported': 'هذا النوع من البيانات غير مدعوم.',
  'error.internal': 'حدث خطأ في الخادم. يرجى المحاولة مرة أخرى.',
};
