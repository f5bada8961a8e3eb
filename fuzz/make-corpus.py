#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into fuzz/corpus/<target>/ from the repository's own files
(datasets/examples, slices of datasets/demo and datasets/bps, indicators/*.yaml) and the hostile cases of
issue 15 (alias bombs in every spelling, deep nesting, NUL, CR-only line ends, UTF-16, Latin-1,
400-digit numbers). Run from anywhere: python3 fuzz/make-corpus.py. The files are committed; a run
rewrites them identically."""
import os, re, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def lines(rel, n):
    """The first n lines of a file (the header and n-1 rows)."""
    return b"".join(read(rel).splitlines(keepends=True)[:n])


def entries(rel, key, n):
    """A YAML list file cut after its first n entries (`  - key:` lines start one)."""
    text = read(rel).decode()
    starts = [m.start() for m in re.finditer(r"^  - " + key + ":", text, re.M)]
    return text[: starts[n]].encode() if len(starts) > n else text.encode()


def bombs():
    """The billion-laughs bomb of issue 15 in each spelling that fooled the old text scan."""
    def bomb(row, end="\n"):
        out = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in range(1, 9):
            out.append(row(i, ["*l%d" % (i - 1)] * 9))
        return (end.join(out) + end).encode()
    flow = lambda i, a: "l%d: &l%d [%s]" % (i, i, ", ".join(a))
    return {
        "bomb-spaces": bomb(flow),
        "bomb-tabs": bomb(lambda i, a: "l%d: &l%d [\t%s]" % (i, i, ",\t".join(a))),
        "bomb-cr": bomb(flow, "\r"),
        "bomb-crlf": bomb(flow, "\r\n"),
        "bomb-complex-keys": bomb(lambda i, a: "l%d: &l%d {%s}" % (i, i, ", ".join("? %s : %d" % (x, k) for k, x in enumerate(a)))),
        "bomb-block-keys": bomb(lambda i, a: "l%d: &l%d\n" % (i, i) + "\n".join("  %s : x" % x for x in a)),
        "bomb-tab-values": bomb(lambda i, a: "l%d: &l%d\n" % (i, i) + "\n".join("  k%d:\t%s" % (k, x) for k, x in enumerate(a))),
        "alias-tagged": b"a: &a [x]\nb: !!str *a\n",
        "alias-dash-name": b"a: &-a [x]\nb: [*-a, *-a]\n",
        "deep-flow": b"[" * 100 + b"]" * 100 + b"\n",
        "deep-block": b"".join(b" " * k + b"k:\n" for k in range(70)) + b" " * 70 + b"1\n",
    }


def hostile_yaml(valid):
    """Encodings and bytes around a valid file."""
    text = valid.decode()
    return {
        "nul": valid[:40] + b"\x00" + valid[40:],
        "cr-only": valid.replace(b"\n", b"\r"),
        "crlf": valid.replace(b"\n", b"\r\n"),
        "utf16le-bom": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16be": text.encode("utf-16-be"),
        "latin1": "# Bogor café\n".encode("latin-1") + valid,
        "bom-utf8": b"\xef\xbb\xbf" + valid,
        "quoted-asterisks": b"dimensions: {governance: 1}\n# *l0\nnote: \"*not an alias\"\n",
        "digits-400": b"dimensions:\n  governance: " + b"9" * 400 + b"\n  living: 0." + b"0" * 399 + b"1\n",
    }


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)

    # FuzzYAML: the loader's letter, then the file.
    yaml_seeds = {
        "f": {"framework": read("indicators/framework.yaml")},
        "i": {name: entries("indicators/%s.yaml" % name, "code", 3) for name in ["iso37120", "iso37122", "iso37123", "local"]},
        "w": {"weights": read("datasets/examples/weights.yaml")},
        "t": {"targets": read("datasets/examples/targets.yaml")},
        "a": {"ahp": read("datasets/examples/ahp.yaml")},
        "p": {"programmes": entries("indicators/programmes.yaml", "id", 3)},
        "m": {"bps-mapping": read("datasets/bps/bps_kabkota_2021.mapping.yaml")},
    }
    for letter, files in yaml_seeds.items():
        for name, data in files.items():
            write("FuzzYAML", "%s-%s.yaml" % (letter, name), letter.encode() + data)
            write("FuzzYAML", "y-%s.yaml" % name, b"y" + data)
    for name, data in bombs().items():
        for letter in "yw":
            write("FuzzYAML", "%s-%s.yaml" % (letter, name), letter.encode() + data)
    for name, data in hostile_yaml(read("datasets/examples/weights.yaml")).items():
        write("FuzzYAML", "w-%s.yaml" % name, b"w" + data)
    for name, data in hostile_yaml(read("datasets/examples/targets.yaml")).items():
        write("FuzzYAML", "t-%s.yaml" % name, b"t" + data)

    # FuzzCSVReader: the options byte (0: everything detected, strict; 0x80: the BPS mapping), then the file.
    long = read("datasets/examples/long.csv")
    csv_seeds = {
        "long": long,
        "wide": read("datasets/examples/wide.csv"),
        "excel-id": read("datasets/examples/excel_id.csv"),
        "mistakes": read("datasets/examples/mistakes.csv"),
        "demo-slice": lines("datasets/demo/demo_cohort.csv", 25),
        "cohort-slice": lines("datasets/demo/cohort.csv", 10),
        "nul": long[:80] + b"\x00" + long[80:],
        "cr-only": long.replace(b"\n", b"\r"),
        "crlf": long.replace(b"\n", b"\r\n"),
        "utf16le-bom": b"\xff\xfe" + long.decode().encode("utf-16-le"),
        "latin1": lines("datasets/demo/demo_cohort.csv", 2) + "15.71,Kota Jambi,2019,37120:5.2,30.62,Jambi,kota,café\n".encode("latin-1"),
        "digits-400": lines("datasets/demo/demo_cohort.csv", 2) + b"15.71,Kota Jambi,2019,37120:5.2," + b"9" * 400 + b",Jambi,kota,x\n",
        "quotes": b'city_code,city_name,year,indicator,value\n"15.71","Kota ""Jambi""\n, multi",2019,37120:5.1,"10,69"\n',
    }
    for name, data in csv_seeds.items():
        write("FuzzCSVReader", "%s.csv" % name, b"\x00" + data)
    write("FuzzCSVReader", "lenient-mistakes.csv", b"\x40" + read("datasets/examples/mistakes.csv"))
    write("FuzzCSVReader", "decimal-comma-semicolon.csv", bytes([2 | 2 << 2]) + read("datasets/examples/excel_id.csv"))
    write("FuzzCSVReader", "bps-slice.csv", b"\x80" + lines("datasets/bps/bps_kabkota_2021.csv", 6))

    # FuzzXLSXReader: 0x00 and a whole .xlsx (the committed Calc and openpyxl workbooks); 0x03 and a sheet's XML,
    # which the target puts into a fixed workbook with shared strings and date styles.
    import zipfile
    for name in ("calc", "openpyxl"):
        workbook = "Tests/SmartScoreTests/Fixtures/workbooks/%s.xlsx" % name
        write("FuzzXLSXReader", "%s.xlsx" % name, b"\x00" + read(workbook))
        write("FuzzXLSXReader", "%s-sheet.xml" % name, b"\x03" + zipfile.ZipFile(os.path.join(ROOT, workbook)).read("xl/worksheets/sheet1.xml"))

    # FuzzNumberParser: one number as typed, per file.
    numbers = ["4.53", "-12", "18,98", "1.648.096,5", "1,648,096.5", "+3", " 71,15 ", "\u00a012", "1.234", "1,234",
               "1e308", "1.797e308", "-0", ".5", "5.", "1..2", "--1", "nan", "inf", "-Infinity", "0x1p3", "12e",
               "\u0661\u0662", "\uff11\uff12", "9" * 400, "0." + "0" * 399 + "1", "1" + "," * 3 + "000", ""]
    for k, n in enumerate(numbers):
        write("FuzzNumberParser", "n%02d" % k, n.encode())
    write("FuzzNumberParser", "latin1", "12,5\u00b0".encode("latin-1"))
    write("FuzzNumberParser", "nul", b"12\x005")


if __name__ == "__main__":
    main()
