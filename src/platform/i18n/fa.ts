/** Persian (the first language): every user-facing string of Chapar in Persian. */
export const fa = {
  'field.required': 'این فیلد الزامی است.',
  'field.too_long': 'این فیلد بیش از حد طولانی است.',
  'field.too_short': 'این فیلد بیش از حد کوتاه است.',
  'field.invalid': 'مقدار این فیلد معتبر نیست.',
  'field.invalid_url': 'نشانی اینترنتی معتبر نیست.',
  'field.invalid_email': 'نشانی ایمیل معتبر نیست.',
  'field.unknown_section': 'سرویس انتخاب‌شده وجود ندارد.',
  'error.invalid': 'اطلاعات ارسالی معتبر نیست.',
  'error.not_found': 'موردی که خواستید پیدا نشد.',
  'error.gone': 'این خبر دیگر در دسترس نیست.',
  'error.forbidden': 'اجازهٔ این کار را ندارید.',
  'error.unauthorized': 'برای این کار باید وارد شوید.',
  'error.conflict': 'این خبر در این فاصله توسط کس دیگری ذخیره شده است. نسخهٔ تازه را ببینید و دوباره ذخیره کنید.',
  'error.rate_limited': 'تعداد درخواست‌ها بیش از حد مجاز است. کمی بعد دوباره تلاش کنید.',
  'error.too_large': 'حجم داده بیش از حد مجاز است.',
  'error.unsupported': 'این نوع داده پشتیبانی نمی‌شود.',
  'error.internal': 'خطایی در سرور رخ داد. لطفاً دوباره تلاش کنید.',
} as const;

export type MessageKey = keyof typeof fa;
