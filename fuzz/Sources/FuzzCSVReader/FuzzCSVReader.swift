import FuzzSupport
import SmartScore

/// An observation file through `ObservationFileReader` with the bundled catalogue and regions, as
/// `smartscore import` and `--data` read it. The first byte picks the read options (so that libFuzzer
/// explores them too); the rest is the file:
///
/// - bits 0–1: separator (detected, comma, semicolon, tab);
/// - bits 2–3: decimal mark (detected, point, comma; 3 is detected);
/// - bits 4–5: layout (detected, long, wide; 3 is detected);
/// - bit 6: lenient; bit 7: the BPS column mapping (`datasets/bps/bps_kabkota_2021.mapping.yaml`).
///
/// The seeds in `corpus/FuzzCSVReader` start with `0x00` (everything detected, strict).
/// Only `InputError`/`InputErrors` may come out, and the same with the reader's fast lane as without it
/// (`ReadOptions.plainRowLane`); the raw `CSVReader` and the BPS table-export reader (issue 18) are run on
/// the same file too.
/// (libFuzzer calls the target from one thread: the reader, built once, is never shared.)
let mapping: ColumnMapping = {
    do {
        return try ColumnMapping.load(path: Fuzz.path("datasets/bps/bps_kabkota_2021.mapping.yaml"), catalogue: Fuzz.catalogue)
    } catch { fatalError("fuzz set-up: cannot load the BPS mapping: \(error)") }
}()
nonisolated(unsafe) let reader = ObservationFileReader(catalogue: Fuzz.catalogue, regions: Fuzz.regions)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let path = Fuzz.scratch(UnsafeBufferPointer(start: data + 1, count: size - 1), name: "input.csv")
    let separators: [CSVDialect.Separator?] = [nil, .comma, .semicolon, .tab]
    let decimals: [CSVDialect.DecimalMark?] = [nil, .point, .comma, nil]
    let layouts: [CSVLayout?] = [nil, .long, .wide, nil]
    let options = ReadOptions(separator: separators[Int(selector & 3)], decimal: decimals[Int(selector >> 2 & 3)],
                              layout: layouts[Int(selector >> 4 & 3)], lenient: selector & 0x40 != 0,
                              mapping: selector & 0x80 != 0 ? mapping : nil)
    // Read twice, with and without the fast lane for plain rows: the two must agree on everything, the
    // observations to the bit, the counts, the warnings, and the errors of a refused file.
    var read: [String] = []
    for lane in [true, false] {
        var these = options
        these.plainRowLane = lane
        do {
            read.append(try reader.read(path: path, displayName: "input.csv", options: these).comparableSummary)
        } catch let error as InputError {
            read.append("refused: \(error)")
        } catch let errors as InputErrors {
            if errors.errors.isEmpty { fatalError("ObservationFileReader: InputErrors with no error") }
            read.append("refused: \(errors.errors) omitted \(errors.omitted)")
        } catch {
            fatalError("ObservationFileReader threw \(type(of: error)), not an input error: \(error)")
        }
    }
    if read[0] != read[1] {
        fatalError("the fast lane and the row-by-row reading disagree:\n--- lane\n\(read[0])\n--- row by row\n\(read[1])")
    }
    Fuzz.expectInputErrors("BPSExport") {
        _ = try BPSExport.read(path: path, registry: Fuzz.regions, year: selector & 0x40 != 0 ? 2024 : nil)
    }
    Fuzz.expectInputErrors("CSVReader") {
        var records = 0
        try CSVReader(path: path, displayName: "input.csv", separator: separators[Int(selector & 3)]).forEachRecord { _ in
            records += 1
            return records < 100_000
        }
    }
    return 0
}
