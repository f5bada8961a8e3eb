import Foundation

/// Issue 15: the limits every YAML file is read under (catalogue, weights, targets, AHP, programmes,
/// column mappings): its size, its encoding and how deeply its lists and mappings nest.
extension LanguageTable {
    static let yamlSafety: [TextKey: LocalizedText] = [
        .yamlNotUTF8: .init(id: "berkas ini bukan teks UTF-8", en: "the file is not UTF-8 text"),
        .yamlNotUTF8Hint: .init(id: "simpan ulang berkas sebagai UTF-8 (misalnya dari Latin-1 atau UTF-16)",
                                en: "save the file again as UTF-8 (from Latin-1 or UTF-16, for instance)"),
        .yamlTooLarge: .init(id: "ukuran berkas YAML ini melebihi {limit} MiB",
                             en: "the YAML file is larger than {limit} MiB"),
        .yamlTooLargeHint: .init(id: "berkas smartscore biasanya hanya berukuran beberapa KB; pastikan berkas yang dipilih sudah benar",
                                 en: "smartscore's files are a few kilobytes; check that this is the right file"),
        .yamlTooDeep: .init(id: "daftar dan pemetaan bersarang lebih dari {limit} tingkat",
                            en: "lists and mappings are nested more than {limit} levels deep"),
        .yamlTooDeepHint: .init(id: "berkas smartscore hanya memerlukan beberapa tingkat; periksa tanda kurung dan indentasinya",
                                en: "smartscore's files need only a few levels; check the brackets and the indentation"),
    ]
}
