import FuzzSupport
@testable import SmartScore

/// Every YAML loader in one target: the first byte picks the loader, the rest is the file. One target
/// rather than eight, because they share the whole YAML layer (libyaml, Yams, `YAMLNode` and its limits):
/// coverage found through one loader helps the others, a CI budget of N seconds covers all of them, and
/// libFuzzer mutating the first byte carries a structure found for one loader into the others. The
/// seeds in `corpus/FuzzYAML` start with the letter of their loader:
///
/// `y` YAMLNode.parse alone, `f` framework.yaml, `i` an indicator (catalogue / `--catalogue`) file,
/// `w` weights, `t` targets, `a` AHP, `p` programmes, `m` a column mapping; any other byte `b` picks
/// loader `b % 8` in that order.
///
/// Only `InputError`/`InputErrors` may come out; a hang is caught by libFuzzer's `-timeout`.
let loaders: [(letter: UInt8, name: String, load: @Sendable (String) throws -> Void)] = [
    (UInt8(ascii: "y"), "YAMLNode", { _ = try YAMLNode.load(path: $0) }),
    (UInt8(ascii: "f"), "FrameworkLoader", { _ = try FrameworkLoader.load(path: $0) }),
    (UInt8(ascii: "i"), "IndicatorFileLoader", { _ = try IndicatorFileLoader.load(path: $0, framework: Fuzz.catalogue.framework) }),
    (UInt8(ascii: "w"), "WeightsFile", { _ = try WeightsFile.load(path: $0, catalogue: Fuzz.catalogue) }),
    (UInt8(ascii: "t"), "TargetsFile", { _ = try TargetsFile.load(path: $0, catalogue: Fuzz.catalogue) }),
    (UInt8(ascii: "a"), "AHPFile", { _ = try AHPFile.load(path: $0, framework: Fuzz.catalogue.framework, allowInconsistent: false) }),
    (UInt8(ascii: "p"), "ProgrammeCatalogue", { _ = try ProgrammeCatalogue.load(path: $0, catalogue: Fuzz.catalogue) }),
    (UInt8(ascii: "m"), "ColumnMapping", { _ = try ColumnMapping.load(path: $0, catalogue: Fuzz.catalogue) }),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let loader = loaders.first { $0.letter == data[0] } ?? loaders[Int(data[0]) % loaders.count]
    let path = Fuzz.scratch(UnsafeBufferPointer(start: data + 1, count: size - 1), name: "input.yaml")
    Fuzz.expectInputErrors(loader.name) { try loader.load(path) }
    return 0
}
