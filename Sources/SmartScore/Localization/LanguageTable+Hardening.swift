import Foundation

/// Issue 16, hardening: a YAML input that is a named pipe, control characters in YAML texts, implausible
/// programme entries (an address with no host, a cost above Rp 1.000 triliun, a region type twice), and
/// `--budget` amounts that are too large, a scale word written twice, a stray separator.
extension LanguageTable {
    static let hardening: [TextKey: LocalizedText] = [
        .yamlNotRegularHint: .init(
            id: "sebutkan berkas YAML; keluaran suatu perintah dapat diberikan melalui <(perintah) atau /dev/stdin",
            en: "name a YAML file; the output of a command can be given as <(command) or /dev/stdin"),
        .yamlControlCharacter: .init(id: "teks '{text}' memuat karakter kendali atau format {char}",
                                     en: "the text '{text}' holds the control or formatting character {char}"),
        .programmesIdeaURLNoHost: .init(
            id: "'{text}' tidak memuat nama domain setelah https:// atau http:// (contoh yang benar: https://oss.go.id)",
            en: "'{text}' names no host after https:// or http:// (as in https://oss.go.id)"),
        .programmesCostTooLarge: .init(
            id: "biaya {what} sebesar {amount} melampaui batas Rp 1.000 triliun (1e15), sehingga tidak wajar",
            en: "the cost of {what}, {amount}, is above the limit of IDR 1,000 trillion (1e15): not a plausible cost"),
        .programmesCostTooLargeHint: .init(
            id: "biaya program termahal dalam katalog sekitar Rp 1 triliun; periksa jumlah angka nolnya (biaya ditulis dalam rupiah)",
            en: "the dearest programmes in the catalogue cost about IDR 1 trillion; check the number of zeros (costs are in rupiah)"),
        .programmesRegionTwice: .init(id: "{what} menyebut jenis daerah '{text}' dua kali pada regions",
                                      en: "{what} lists the region type '{text}' twice under regions"),
        .budgetTooLarge: .init(id: "'{text}' melebihi Rp 1.000 triliun, batas tertinggi anggaran yang diterima",
                               en: "'{text}' is above IDR 1,000 trillion, the largest budget accepted"),
        .budgetTooLargeHint: .init(
            id: "APBD satu provinsi pun jauh di bawah jumlah itu; periksa kata satuannya (juta, miliar, triliun) dan jumlah angka nolnya",
            en: "even a whole provincial APBD is far less; check the scale word (juta, miliar, triliun) and the number of zeros"),
        .budgetScaleRepeated: .init(id: "'{text}': kata skala '{word}' tertulis dua kali",
                                    en: "'{text}': the scale word '{word}' is written twice"),
        .budgetScaleRepeatedHint: .init(id: "tulis {number} {word}", en: "write {number} {word}"),
        .budgetScaleWordsWithMnHint: .init(
            id: "setelah angka hanya dapat ditulis ribu/rb, juta/jt, miliar/M atau triliun/T (dalam bahasa Inggris: thousand, million/mn, billion/bn, trillion/tn); jumlah selalu dalam rupiah, misalnya Rp 2 miliar",
            en: "after the number write only ribu/rb, juta/jt, miliar/M, triliun/T (or thousand, million/mn, billion/bn, trillion/tn); amounts are in rupiah, e.g. Rp 2 miliar"),
        .budgetTrailingSeparator: .init(id: "'{text}' diakhiri tanda '{separator}' tanpa isian sesudahnya",
                                        en: "'{text}' ends in '{separator}' with nothing after it"),
        .budgetEmptyPart: .init(id: "'{text}' memuat tanda '{separator}' tanpa isian di depannya",
                                en: "'{text}' has a '{separator}' with nothing before it"),
        .budgetSeparatorHint: .init(
            id: "tanda ; atau , hanya ditulis di antara dua jangka waktu, misalnya pendek=500 juta;menengah=2 M; hapus tanda yang berlebih",
            en: "a ; or , goes only between two horizons, as in short=500 juta;medium=2 M; remove the extra one"),
    ]
}
