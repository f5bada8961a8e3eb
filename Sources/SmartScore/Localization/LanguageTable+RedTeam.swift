import Foundation

/// The words of the second red-team pass over issue 15's work: outputs that would replace an input,
/// codes that only look like codes, oversized cells, dataset names, UTF-32, cut messages.
extension LanguageTable {
    static let redTeam: [TextKey: LocalizedText] = [
        .outputIsInput: .init(id: "{path} adalah berkas yang dibaca perintah ini; keluaran tidak boleh menimpanya",
                              en: "{path} is a file this command reads; the output must not replace it"),
        .outputIsDatabase: .init(id: "{path} adalah basis data SQLite; keluaran tidak boleh menimpanya",
                                 en: "{path} is an SQLite database; the output must not replace it"),
        .outputIsInputHint: .init(id: "gunakan nama berkas lain untuk --out", en: "give --out another file name"),
        .readCodeNotASCII: .init(id: "kode wilayah '{cell}' memuat karakter di luar huruf Latin, angka dan tanda baca biasa",
                                 en: "the city code '{cell}' holds characters other than Latin letters, digits and plain punctuation"),
        .readCodeNotASCIIHint: .init(id: "tulis kode dengan angka biasa, misalnya 72.71 (periksa tanda diakritik atau angka Arab yang terbawa)",
                                     en: "write the code in plain digits, e.g. 72.71 (look for an accent or Arabic-Indic digits carried over)"),
        .readCellTooLong: .init(id: "sel '{cell}' lebih panjang dari {most} byte",
                                en: "the cell '{cell}' is longer than {most} bytes"),
        .datasetNameEmpty: .init(id: "nama dataset kosong", en: "the dataset name is empty"),
        .datasetNameControl: .init(id: "nama dataset '{name}' memuat karakter kendali atau format {char}",
                                   en: "the dataset name '{name}' holds the control or formatting character {char}"),
        .datasetNameSpaces: .init(id: "nama dataset '{name}' diawali atau diakhiri spasi",
                                  en: "the dataset name '{name}' begins or ends with a space"),
        .datasetNameTooLong: .init(id: "nama dataset terlalu panjang ({count} karakter; paling banyak {most})",
                                   en: "the dataset name is too long ({count} characters; at most {most})"),
        .datasetNameHint: .init(id: "gunakan nama pendek yang terbaca, misalnya palu-2024",
                                en: "use a short, readable name, e.g. palu-2024"),
        .encodingUTF32: .init(id: "berkas ini ber-encoding UTF-32, yang tidak dibaca smartscore",
                              en: "this file is in UTF-32, which smartscore does not read"),
        .languageVariableInvalid: .init(id: "SMARTSCORE_LANG={value} bukan bahasa yang dikenal; gunakan id atau en",
                                        en: "SMARTSCORE_LANG={value} is not a known language; use id or en"),
        .diagnosticCut: .init(id: "… ({count} karakter)", en: "… ({count} characters)"),
    ]
}
