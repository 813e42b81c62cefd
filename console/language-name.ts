/** A language's name in `inLocale` ("日本語" in Japanese, "Japanese" in English), by default its own ("简体中文", "English"). */
export const languageName = (locale: string, inLocale = locale): string => new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
