import Foundation

/// Issue 19: the report as a Word document and as a PDF printed by Chromium.
extension LanguageTable {
    static let docx: [TextKey: LocalizedText] = [
        .docxReportNotXML: .init(id: "laporan HTML tidak dapat dibaca sebagai XML pada baris {line} ({reason}); dokumen Word tidak dibuat",
                 en: "the HTML report could not be read as XML at line {line} ({reason}); no Word document was written"),
        .docxRasteriserMissing: .init(id: "grafik dalam dokumen Word digambar dengan program rsvg-convert, tetapi program tersebut tidak ditemukan pada PATH",
                 en: "the charts of a Word document are drawn by rsvg-convert, which is not on PATH"),
        .docxRasteriserMissingHint: .init(id: "pasang paket librsvg2-bin (sudo apt-get install librsvg2-bin), atau gunakan --format html",
                 en: "install librsvg2-bin (sudo apt-get install librsvg2-bin), or write --format html"),
        .docxRasteriserFailed: .init(id: "rsvg-convert gagal menggambar grafik ke-{chart} ({reason}); dokumen Word tidak dibuat",
                 en: "rsvg-convert could not draw chart {chart} ({reason}); no Word document was written"),
        .pdfBrowserMissing: .init(id: "PDF dibuat dengan mencetak laporan HTML melalui Chromium, tetapi chromium, chromium-browser, maupun google-chrome tidak ditemukan pada PATH",
                 en: "a PDF is printed from the HTML report by Chromium, and none of chromium, chromium-browser or google-chrome is on PATH"),
        .pdfBrowserMissingHint: .init(id: "pasang Chromium (sudo apt-get install chromium), atau gunakan --format html lalu cetak dari peramban, atau gunakan --format docx",
                 en: "install Chromium (sudo apt-get install chromium), or write --format html and print it from a browser, or write --format docx"),
        .pdfBrowserFailed: .init(id: "{browser} gagal mencetak laporan ke PDF ({reason}); tidak ada berkas yang ditulis",
                 en: "{browser} could not print the report to PDF ({reason}); nothing was written"),
        .pdfBrowserFailedHint: .init(id: "jalankan kembali perintah ini; apabila masih gagal, gunakan --format html lalu cetak dari peramban",
                 en: "run the command again; if it still fails, write --format html and print it from a browser"),
        .pdfBrowserTimedOut: .init(id: "{browser} tidak selesai mencetak laporan dalam {seconds} detik sehingga dihentikan; tidak ada berkas yang ditulis",
                 en: "{browser} did not finish printing the report within {seconds} seconds and was stopped; nothing was written"),
    ]
}
