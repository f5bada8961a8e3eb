import Foundation

/// The words of catalogue coverage: the data against the whole scored catalogue, the framework's
/// dimensions and elements without data, and the level of an index that rests on part of the framework.
extension LanguageTable {
    static let dataCoverage: [TextKey: LocalizedText] = [
        .dataCoverageDimensionsWithoutData: .init(id: "Dimensi tanpa data: {dimensions}.", en: "Dimensions without data: {dimensions}."),
        .dataCoverageDimensionsWithoutDataIndexed: .init(
            id: "Dimensi tanpa data: {dimensions} — indeks dihitung berdasarkan {scored} dari {total} dimensi.",
            en: "Dimensions without data: {dimensions} — the index is computed over {scored} of {total} dimensions."),
        .dataCoverageElementsWithoutData: .init(
            id: "Elemen tanpa data: {elements} — skor dimensi terkait dihitung dari elemen yang memiliki data (data tersedia untuk {scored} dari {total} elemen kerangka).",
            en: "Elements without data: {elements} — their dimensions are scored on the elements that have data ({scored} of the framework's {total} elements have data)."),
        .dataCoverageCity: .init(
            id: "Cakupan data terhadap katalog: {present} dari {catalogue} indikator katalog yang dinilai memiliki nilai ({share}); per dimensi: {dimensions}.",
            en: "Data coverage against the catalogue: {present} of the catalogue's {catalogue} scored indicators have a value ({share}); per dimension: {dimensions}."),
        .dataCoverageCohort: .init(
            id: "Cakupan data terhadap katalog: {present} dari {catalogue} indikator katalog yang dinilai memiliki nilai pada sedikitnya satu daerah ({share}); per dimensi: {dimensions}.",
            en: "Data coverage against the catalogue: {present} of the catalogue's {catalogue} scored indicators have a value for at least one city ({share}); per dimension: {dimensions}."),
        .dataCoveragePart: .init(id: "{name} {present}/{catalogue}", en: "{name} {present}/{catalogue}"),
        .dataCoverageLegend: .init(
            id: "Cakupan dihitung terhadap indikator yang dinilai dan tersedia dalam data (dasar perhitungan indeks); cakupan katalog dihitung terhadap seluruh indikator katalog yang dinilai.",
            en: "Coverage is over the scored indicators the data carries (the basis of the index); catalogue coverage is over every scored indicator of the catalogue."),
        .dataCoverageColumn: .init(id: "Cakupan katalog", en: "Catalogue coverage"),
        .dataCoverageHeading: .init(id: "Cakupan data terhadap katalog", en: "Data coverage against the catalogue"),
        .dataCoveragePresent: .init(id: "Indikator yang memiliki nilai", en: "Indicators with a value"),
        .dataCoverageCatalogue: .init(id: "Indikator katalog", en: "Catalogue indicators"),
        .dataCoverageNoData: .init(id: "tanpa data", en: "no data"),
        .dataCoverageLevelPartial: .init(id: "{level} ({scored} dari {total} dimensi)", en: "{level} ({scored} of {total} dimensions)"),
        .dataCoverageRadarMissing: .init(id: "dimensi tanpa skor", en: "dimension without a score"),
        .dataCoverageRadarBelowMinimum: .init(id: "cakupan {coverage}, di bawah minimum", en: "coverage {coverage}, below the minimum"),
        .dataCoverageTotal: .init(id: "Seluruh dimensi", en: "All dimensions"),
    ]
}
