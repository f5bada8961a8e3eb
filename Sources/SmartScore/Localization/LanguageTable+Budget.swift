import Foundation

/// The words of `--budget` (issue 16): why an amount typed the way Indonesians write it was refused, and
/// how to write it instead. Every message quotes what was typed.
extension LanguageTable {
    static let budget: [TextKey: LocalizedText] = [
        .budgetEmpty: .init(id: "anggaran tidak diisi", en: "the budget is empty"),
        .budgetFormsHint: .init(
            id: "tulis misalnya 2 miliar, Rp 500 juta, 2.000.000.000, atau per jangka waktu: pendek=500 juta;menengah=2 M;panjang=10 M",
            en: "write e.g. 2 miliar, Rp 500 juta, 2,000,000,000 or 2 billion, or per horizon: short=500 juta;medium=2 M;long=10 M"),
        .budgetNotAnAmount: .init(id: "'{text}' tidak dapat dibaca sebagai jumlah rupiah", en: "'{text}' is not an amount in rupiah"),
        .budgetMissingAmount: .init(id: "'{part}' tidak memuat jumlah anggaran", en: "'{part}' gives no amount"),
        .budgetAmbiguous: .init(
            id: "'{text}' bermakna ganda: tanda '{mark}' pada {number} dapat berarti pemisah ribuan ({whole}) atau tanda desimal ({decimal})",
            en: "'{text}' is ambiguous: the '{mark}' in {number} may separate thousands ({whole}) or mark decimals ({decimal})"),
        .budgetAmbiguousHint: .init(id: "tulis {whole} atau {decimal}", en: "write {whole} or {decimal}"),
        .budgetAmbiguousScaledHint: .init(id: "tulis {whole} (sama dengan {larger}) atau {decimal}",
                                          en: "write {whole} (that is, {larger}) or {decimal}"),
        .budgetMalformedNumber: .init(id: "'{text}': susunan angka dan tanda pada {number} tidak membentuk bilangan yang sah",
                                      en: "'{text}': the digits and marks of {number} do not make a number"),
        .budgetMalformedNumberHint: .init(
            id: "kelompokkan angka ribuan per tiga digit (2.000.000.000) atau tulis angkanya saja (2000000000); bilangan desimal ditulis dengan satu tanda desimal yang diapit angka (1,5)",
            en: "group thousands in threes (2,000,000,000 or 2.000.000.000) or write the digits alone (2000000000); a decimal takes one mark with digits on both sides (1.5 or 1,5)"),
        .budgetMixedMarks: .init(id: "'{text}': {number} mencampur tanda titik dan koma dengan urutan yang tidak lazim",
                                 en: "'{text}': {number} mixes '.' and ',' in an order that is neither Indonesian nor English"),
        .budgetMixedMarksHint: .init(id: "tulis 2.500.000,50 (titik sebagai pemisah ribuan, koma sebagai tanda desimal)",
                                     en: "write 2,500,000.50 (commas between thousands, a decimal point) or 2.500.000,50 (the Indonesian way)"),
        .budgetTwoScales: .init(id: "'{text}' memuat dua kata bilangan, '{first}' dan '{second}'",
                                en: "'{text}' has two scale words, '{first}' and '{second}'"),
        .budgetTwoScalesHint: .init(id: "tulis salah satu saja: {number} {first} atau {number} {second}",
                                    en: "write one of them: {number} {first} or {number} {second}"),
        .budgetUnknownWord: .init(id: "'{text}': kata '{word}' tidak dikenali sebagai bagian dari jumlah anggaran",
                                  en: "'{text}': '{word}' is not a word an amount may hold"),
        .budgetLowercaseM: .init(id: "'{text}': huruf kecil 'm' bermakna ganda, dapat berarti juta (m dari million dalam bahasa Inggris) atau miliar",
                                 en: "'{text}': a lowercase 'm' is ambiguous: juta (m for million in English) or miliar"),
        .budgetLowercaseMHint: .init(id: "tulis {number} juta atau {number} miliar (huruf kapital M berarti miliar)",
                                     en: "write {number} juta or {number} miliar (an uppercase M means miliar)"),
        .budgetNegative: .init(id: "'{text}' bernilai negatif, padahal anggaran tidak boleh kurang dari 0",
                               en: "'{text}' is negative; a budget is 0 or more"),
        .budgetNegativeHint: .init(id: "tulis 0 untuk jangka waktu yang tidak dianggarkan", en: "write 0 for a horizon with no money"),
        .budgetNotFinite: .init(id: "'{text}' terlalu besar untuk jumlah anggaran", en: "'{text}' is too large to be an amount"),
        .budgetTooSmall: .init(
            id: "'{text}' berarti {amount}, kurang dari Rp 1 juta sehingga terlalu kecil untuk anggaran; mungkin kata juta atau miliar terlewat",
            en: "'{text}' is {amount}, less than IDR 1 million: too small for a budget; a scale word such as juta or miliar is probably missing"),
        .budgetTooSmallHint: .init(id: "apakah yang dimaksud {number} juta atau {number} miliar?", en: "did you mean {number} juta or {number} miliar?"),
        .budgetHorizonTwice: .init(id: "jangka waktu {horizon} disebut dua kali dalam anggaran ('{first}' dan '{second}')",
                                   en: "the budget names the {horizon} horizon twice ('{first}' and '{second}')"),
        .budgetUnknownHorizon: .init(id: "'{key}' bukan jangka waktu yang dikenal", en: "'{key}' is not a horizon"),
        .budgetPartWithoutHorizon: .init(id: "'{part}' tidak menyebut jangka waktu", en: "'{part}' names no horizon"),
        .budgetHorizonKeysHint: .init(
            id: "sebutkan jangka waktunya: pendek, menengah atau panjang (atau 1, 5, 10 tahun), misalnya pendek=500 juta;menengah=2 M;panjang=10 M, atau tulis satu jumlah untuk semua jangka waktu",
            en: "name each horizon short, medium or long (or pendek, menengah, panjang; or 1, 5, 10 years), e.g. short=500 juta;medium=2 M;long=10 M, or give one amount for every horizon"),
    ]
}
