import Foundation

/// The words of the store's refusals (issue 15): a bad `--db`, a foreign or damaged database, a folder
/// that cannot be written, another import holding the store, and the import's own conflicts. Each names
/// the file or flag and says what to do, so that nothing reaches the user as a raw SQLite message.
extension LanguageTable {
    static let storeSafety: [TextKey: LocalizedText] = [
        .storeEmptyPath: .init(id: "--db kosong: tentukan berkas basis data", en: "--db is empty: name the store file"),
        .storeEmptyPathHint: .init(
            id: "misalnya --db smartscore.sqlite; tanpa --db, dipakai $SMARTSCORE_DB atau, jika tidak diisi, ./smartscore.sqlite",
            en: "for example --db smartscore.sqlite; without --db, $SMARTSCORE_DB is used, else ./smartscore.sqlite"),
        .storeMissing: .init(id: "tidak ada basis data di {path}", en: "no store at {path}"),
        .storeMissingHint: .init(
            id: "impor data terlebih dahulu (smartscore import BERKAS --db {path}), atau gunakan --data BERKAS",
            en: "import data first (smartscore import FILE --db {path}), or pass --data FILE"),
        .storeNotRegularFile: .init(id: "{path} adalah {kind}, bukan berkas basis data", en: "{path} is {kind}, not a store file"),
        .storeNotRegularFileHint: .init(
            id: "smartscore hanya memakai berkas biasa sebagai basis data; pilih --db yang lain",
            en: "smartscore opens only a regular file as its store; choose another --db"),
        .storeKindDirectory: .init(id: "sebuah folder", en: "a folder"),
        .storeKindFIFO: .init(id: "sebuah pipa bernama (FIFO)", en: "a named pipe (FIFO)"),
        .storeKindSocket: .init(id: "sebuah soket", en: "a socket"),
        .storeKindDevice: .init(id: "sebuah perangkat", en: "a device"),
        .storeKindOther: .init(id: "berkas khusus", en: "not a regular file"),
        .storeNotSQLite: .init(id: "{path} bukan basis data SQLite", en: "{path} is not an SQLite database"),
        .storeChooseAnother: .init(id: "berkas ini tidak diubah; pilih --db yang lain", en: "the file was not changed; choose another --db"),
        .storeForeign: .init(
            id: "{path} adalah basis data SQLite milik aplikasi lain (tabel: {tables})",
            en: "{path} is an SQLite database of another application (tables: {tables})"),
        .storeForeignHint: .init(
            id: "smartscore tidak membaca maupun mengubah basis data aplikasi lain; berkas ini tidak diubah; pilih --db yang lain",
            en: "smartscore neither reads nor changes another application's database; the file was not changed; choose another --db"),
        .storeNewer: .init(
            id: "basis data {path} ditulis oleh versi smartscore yang lebih baru (perubahan struktur {migrations}) dan tidak dapat dibaca oleh versi ini",
            en: "the store {path} was written by a newer smartscore (schema changes {migrations}), which this version cannot read"),
        .storeNewerHint: .init(
            id: "berkas ini tidak diubah; perbarui smartscore ke versi terbaru, atau pilih --db yang lain",
            en: "the file was not changed; update smartscore to the newer version, or choose another --db"),
        .storeNotStore: .init(id: "{path} bukan basis data smartscore", en: "{path} is not a smartscore store"),
        .storeNotStoreHint: .init(
            id: "arahkan --db (atau SMARTSCORE_DB) ke berkas yang dibuat oleh smartscore import",
            en: "point --db (or SMARTSCORE_DB) at a file made by smartscore import"),
        .storeDamaged: .init(id: "basis data {path} rusak: {detail}", en: "the store {path} is damaged: {detail}"),
        .storeDamagedHint: .init(
            id: "tidak ada yang ditulis; pulihkan basis data dari cadangan, atau impor ulang datanya ke basis data baru (--db lain)",
            en: "nothing was written; restore the store from a backup, or import the data again into a new store (another --db)"),
        .storeFolderNotWritable: .init(
            id: "folder {folder}, tempat basis data {path}, tidak dapat ditulisi",
            en: "the folder of the store {path}, {folder}, is not writable"),
        .storeFolderNotWritableHint: .init(
            id: "impor memerlukan folder yang dapat ditulisi; pindahkan basis data ke folder semacam itu, atau pilih --db yang lain",
            en: "an import needs a folder it may write to; move the store to such a folder, or choose another --db"),
        .storeFileNotWritable: .init(
            id: "basis data {path} tidak dapat ditulisi (berkasnya hanya dapat dibaca)",
            en: "the store {path} is not writable (the file is read-only)"),
        .storeUnmergedLog: .init(
            id: "{path} memiliki perubahan yang belum digabungkan (berkas {path}-wal), dan foldernya tidak dapat ditulisi sehingga perubahan itu tidak dapat dibaca",
            en: "{path} has changes not yet merged (the file {path}-wal), and its folder is not writable, so they cannot be read"),
        .storeUnmergedLogHint: .init(
            id: "salin basis data beserta berkas -wal-nya ke folder yang dapat ditulisi, lalu buka dari sana",
            en: "copy the store together with its -wal file to a writable folder and read it there"),
        .storeBusy: .init(
            id: "impor lain sedang menulis ke basis data {path}; sudah ditunggu selama {seconds} detik",
            en: "another import is writing to the store {path}; tried for {seconds} s"),
        .storeBusyHint: .init(
            id: "tidak ada yang ditulis; tunggu sampai impor itu selesai, lalu jalankan perintah ini lagi",
            en: "nothing was written; wait until that import finishes, then run the command again"),
        .storeBusyTimeoutInvalid: .init(
            id: "SMARTSCORE_BUSY_TIMEOUT={value} bukan jumlah detik yang sah",
            en: "SMARTSCORE_BUSY_TIMEOUT={value} is not a number of seconds"),
        .storeBusyTimeoutInvalidHint: .init(
            id: "isi dengan angka 0 atau lebih (lama menunggu impor lain, dalam detik), atau hapus variabel itu",
            en: "set it to a number 0 or more (seconds to wait for another import), or unset it"),
        .storeCannotOpen: .init(
            id: "basis data {path} tidak dapat dibuka: {reason} (kode hasil SQLite {code})",
            en: "cannot open the store {path}: {reason} (SQLite result code {code})"),
        .storeCannotOpenHint: .init(
            id: "periksa apakah ini berkas SQLite smartscore dan apakah foldernya dapat ditulisi",
            en: "is it a smartscore SQLite file, and is its folder writable?"),
        .storeCannotRead: .init(
            id: "basis data {path} tidak dapat dibaca: {reason} (kode hasil SQLite {code})",
            en: "the store {path} could not be read: {reason} (SQLite result code {code})"),
        .storeCannotReadHint: .init(
            id: "basis data tidak diubah; periksa berkasnya, atau pulihkan dari cadangan",
            en: "the store was not changed; check the file, or restore it from a backup"),
        .storeImportRefused: .init(
            id: "basis data menolak impor: {reason} (kode hasil SQLite {code}); tidak ada yang ditulis",
            en: "the store refused the import: {reason} (SQLite result code {code}); nothing was written"),
        .storeImportRefusedHint: .init(id: "basis data: {path}", en: "the store is {path}"),
        .storeCannotCreate: .init(
            id: "basis data {path} tidak dapat dibuat: {reason}", en: "cannot create the store {path}: {reason}"),
        .storeValueConflict: .init(
            id: "nilai {city}, {year}, {indicator} di berkas ini {value}, tetapi dataset '{dataset}' sudah menyimpan {stored} (dari impor sebelumnya, atau dari berkas sebelumnya dalam impor ini)",
            en: "{city}, {year}, {indicator} is {value} in this file but {stored} is already stored in dataset '{dataset}' (from an earlier import, or an earlier file of this one)"),
        .storeValueConflictHint: .init(
            id: "gunakan --replace untuk menimpa nilai yang sudah tersimpan", en: "pass --replace to overwrite stored values"),
        .storeCityNameConflict: .init(
            id: "kode wilayah {code} bernama '{name}' di berkas ini, tetapi '{stored}' di basis data",
            en: "city code {code} is named '{name}' in this file but '{stored}' in the store"),
        .storeCityNameConflictHint: .init(
            id: "satu kode harus memiliki satu nama; perbaiki berkasnya, atau gunakan --replace untuk mengganti nama yang tersimpan",
            en: "one code must have one name; correct the file, or pass --replace to replace the stored name"),
        .storeCityRenamed: .init(
            id: "kode wilayah {code} sebelumnya bernama '{stored}' di basis data dan kini menjadi '{name}'; satu basis data hanya menyimpan satu nama untuk setiap kode, sehingga semua dataset menampilkan nama baru ini",
            en: "city code {code} was named '{stored}' in the store and is now '{name}'; the name is one per store, so every dataset shows the new name"),
        .storeMoreErrorsInFile: .init(
            id: "… dan {count} kesalahan lain di berkas ini", en: "… and {count} more errors in this file"),
        .workspaceProgrammesUnreadable: .init(
            id: "katalog program tidak dapat dibaca: {reason}", en: "cannot read the programme catalogue: {reason}"),
    ]
}
