import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'

import { CLOUD_INTENSITY } from '../../src/model/data/cloud-intensity.js'
import { COUNTRY_CODES } from '../../src/model/data/country-codes.js'
import { GRID_INTENSITY } from '../../src/model/data/grid-intensity.js'
import { PUE_DEFAULTS } from '../../src/model/data/pue-defaults.js'
import {
  WORLD_AVERAGE,
  defaultPue,
  isKnownRegion,
  lookupCloud,
  lookupCountry,
  lookupRegion,
  suggestRegions,
} from '../../src/model/intensity-data.js'

const REPO_ROOT = resolve(import.meta.dirname, '../..')
const DATA_DIR = resolve(REPO_ROOT, '../shared/data')
const skipWithoutData = existsSync(DATA_DIR)
  ? false
  : '../shared/data not present: derivation checks skipped'

void describe('lookupCountry', () => {
  void it('finds France by alpha-3, alpha-2 and name (Ember/OWID 2023: 56.04 g/kWh)', () => {
    const fra = lookupCountry('FRA')
    assert.equal(fra?.gPerKWh, 56.04)
    assert.equal(fra.year, 2023)
    assert.equal(fra.label, 'France (FRA), Ember/OWID 2023')
    assert.match(fra.source, /Ember\/Our World in Data.*CC BY 4\.0/)
    assert.deepEqual(lookupCountry('FR'), fra)
    assert.deepEqual(lookupCountry('France'), fra)
  })

  void it('gives the 2023 figures of the United States and Germany', () => {
    assert.equal(lookupCountry('USA')?.gPerKWh, 369.47)
    assert.equal(lookupCountry('US')?.gPerKWh, 369.47)
    assert.equal(lookupCountry('United States')?.gPerKWh, 369.47)
    assert.equal(lookupCountry('DEU')?.gPerKWh, 380.95)
    assert.equal(lookupCountry('de')?.year, 2023)
  })

  void it('maps GB, UK and the United Kingdom to GBR', () => {
    for (const name of ['GBR', 'GB', 'UK', 'United Kingdom', 'great britain']) {
      const figure = lookupCountry(name)
      assert.equal(figure?.gPerKWh, 237.59, name)
      assert.match(figure.label, /\(GBR\)/)
    }
  })

  void it('ignores case, surrounding space, accents and punctuation in names', () => {
    assert.equal(lookupCountry('  fra ')?.gPerKWh, 56.04)
    assert.equal(lookupCountry('fRaNcE')?.gPerKWh, 56.04)
    assert.equal(lookupCountry("Côte d'Ivoire")?.label, lookupCountry('CIV')?.label)
    assert.equal(lookupCountry('Türkiye')?.gPerKWh, lookupCountry('TUR')?.gPerKWh)
  })

  void it('keeps the year of each figure: Aruba is a 2022 figure', () => {
    assert.deepEqual(
      { g: lookupCountry('ABW')?.gPerKWh, year: lookupCountry('AW')?.year },
      { g: 561.22, year: 2022 },
    )
  })

  void it("knows Namibia's alpha-2 code NA, which the source file lost", () => {
    assert.equal(lookupCountry('NA')?.label, 'Namibia (NAM), Ember/OWID 2022')
  })

  void it('returns undefined for unknown codes and for a country whose source figure is 0', () => {
    for (const code of ['', '   ', 'XX', 'XYZ', 'Atlantis', 'CAF', 'WORLD']) {
      assert.equal(lookupCountry(code), undefined, code)
    }
  })
})

void describe('lookupCloud', () => {
  void it('gives Google 2023 figures for gcp regions', () => {
    const figure = lookupCloud('gcp', 'us-central1')
    assert.equal(figure?.gPerKWh, 430)
    assert.equal(figure.year, 2023)
    assert.equal(figure.label, 'gcp:us-central1, Google 2023')
    assert.equal(lookupCloud('gcp', 'europe-west9')?.gPerKWh, 34)
  })

  void it('gives the Cloud Carbon Footprint figures of methodology §8 for aws and azure (t/kWh × 10⁶)', () => {
    const cases: [string, string, number][] = [
      ['aws', 'eu-west-3', 51.1],
      ['aws', 'us-east-1', 379.069],
      ['aws', 'us-west-2', 322.167],
      ['aws', 'eu-north-1', 8.8],
      ['azure', 'francecentral', 51.28],
      ['azure', 'swedencentral', 5.67],
      ['azure', 'westeurope', 328.4],
    ]
    for (const [provider, region, g] of cases) {
      const figure = lookupCloud(provider, region)
      assert.equal(figure?.gPerKWh, g, `${provider}:${region}`)
      assert.equal(figure.year, 2024)
      assert.match(figure.source, /Cloud Carbon Footprint \(Apache-2\.0\)/)
    }
  })

  void it('falls back to the older ML CO2 Impact figures (2019) for other aws/azure regions', () => {
    const figure = lookupCloud('aws', 'ap-south-1')
    assert.equal(figure?.gPerKWh, 920)
    assert.equal(figure.year, 2019)
    assert.equal(lookupCloud('azure', 'centralus')?.gPerKWh, 736.6)
  })

  void it('accepts provider aliases, any case, and Azure display names', () => {
    assert.equal(lookupCloud('Google', 'US-CENTRAL1')?.gPerKWh, 430)
    assert.equal(lookupCloud('amazon', 'eu-west-3')?.gPerKWh, 51.1)
    assert.equal(lookupCloud('Microsoft', 'France Central')?.gPerKWh, 51.28)
  })

  void it('returns undefined for an unknown provider or region', () => {
    assert.equal(lookupCloud('gcp', 'mars-north1'), undefined)
    assert.equal(lookupCloud('ibm', 'us-south'), undefined)
    assert.equal(lookupCloud('', 'us-central1'), undefined)
  })

  void it('uses the real name of the Doha region (the source spells it me-cenrtal1)', () => {
    assert.equal(lookupCloud('gcp', 'me-central1')?.gPerKWh, 575)
  })
})

void describe('lookupRegion and isKnownRegion', () => {
  void it('takes countries and provider:region codes', () => {
    assert.equal(lookupRegion('FRA')?.gPerKWh, 56.04)
    assert.equal(lookupRegion('fr')?.gPerKWh, 56.04)
    assert.equal(lookupRegion('France')?.gPerKWh, 56.04)
    assert.equal(lookupRegion('gcp:us-central1')?.gPerKWh, 430)
    assert.equal(lookupRegion(' GCP:Europe-West9 ')?.gPerKWh, 34)
    assert.equal(lookupRegion('aws:eu-west-3')?.gPerKWh, 51.1)
    assert.equal(lookupRegion('azure:francecentral')?.gPerKWh, 51.28)
    assert.equal(lookupRegion('google:us-central1')?.label, 'gcp:us-central1, Google 2023')
  })

  void it('takes a bare cloud region name that only one provider uses', () => {
    assert.equal(lookupRegion('europe-west9')?.label, 'gcp:europe-west9, Google 2023')
    assert.equal(lookupRegion('eu-west-3')?.label, 'aws:eu-west-3, Cloud Carbon Footprint 2024')
  })

  void it('rejects what it does not know', () => {
    for (const code of ['', 'ZZZ', 'gcp:', ':us-central1', 'gcp:nowhere', 'aws:us-central1']) {
      assert.equal(lookupRegion(code), undefined, code)
      assert.equal(isKnownRegion(code), false, code)
    }
    assert.equal(isKnownRegion('deu'), true)
    assert.equal(isKnownRegion('azure:swedencentral'), true)
  })
})

void describe('suggestRegions', () => {
  void it('suggests the nearest codes, best first', () => {
    assert.deepEqual(suggestRegions('FRX'), ['FRA', 'FRO'])
    assert.deepEqual(suggestRegions('Frnace'), ['France'])
    assert.deepEqual(suggestRegions('Untied Kingdom'), ['United Kingdom'])
    assert.equal(suggestRegions('gcp:us-centrl1')[0], 'gcp:us-central1')
    assert.equal(suggestRegions('google:us-centrl1')[0], 'gcp:us-central1')
    assert.deepEqual(suggestRegions('aws:eu-west-9'), [
      'aws:eu-west-1',
      'aws:eu-west-2',
      'aws:eu-west-3',
    ])
  })

  void it('respects the limit and gives nothing when nothing is close', () => {
    assert.equal(suggestRegions('aws:eu-west-9', 1).length, 1)
    assert.deepEqual(suggestRegions('qqqqqqqq'), [])
    assert.deepEqual(suggestRegions(''), [])
    assert.deepEqual(suggestRegions('FRX', 0), [])
  })

  void it('only suggests cloud regions for provider:region input', () => {
    for (const s of suggestRegions('gcp:fra')) assert.match(s, /^gcp:/)
  })
})

void describe('defaultPue and WORLD_AVERAGE', () => {
  void it('gives the Green Algorithms v3.0 defaults', () => {
    assert.equal(defaultPue('aws').pue, 1.2)
    assert.equal(defaultPue('gcp').pue, 1.12)
    assert.equal(defaultPue('azure').pue, 1.12)
    assert.equal(defaultPue('ovh').pue, 1.09)
    assert.equal(defaultPue('Oracle').pue, 1.2)
    assert.match(
      defaultPue('aws').source,
      /^Green Algorithms v3\.0 defaults_PUE\.csv \(CC BY 4\.0\)/,
    )
  })

  void it('accepts aliases and case', () => {
    assert.equal(defaultPue('Google').pue, 1.12)
    assert.equal(defaultPue(' AWS ').pue, 1.2)
    assert.equal(defaultPue('microsoft').pue, 1.12)
  })

  void it('falls back to 1.56 (Uptime Institute 2024) when the provider is unknown or absent', () => {
    for (const p of [undefined, '', 'private', 'on-prem', 'constructor']) {
      const figure = defaultPue(p)
      assert.equal(figure.pue, 1.56)
      assert.match(figure.source, /Uptime Institute.*2024/)
    }
  })

  void it('has a world average of 475 g/kWh from the IEA, 2019', () => {
    assert.equal(WORLD_AVERAGE.gPerKWh, 475)
    assert.equal(WORLD_AVERAGE.year, 2019)
    assert.match(WORLD_AVERAGE.source, /IEA/)
    assert.equal(WORLD_AVERAGE.label, 'World average, IEA 2019')
  })
})

void describe('bundled tables against ../shared/data', () => {
  const read = (name: string): string => readFileSync(join(DATA_DIR, name), 'utf8')

  void it(
    'carries the energy-mix figures over, rounded to 0.01, with their years',
    { skip: skipWithoutData },
    () => {
      interface MixEntry {
        carbon_intensity: number
        year: number
      }
      const mix = JSON.parse(read('private_infra_global_energy_mix.json')) as Record<
        string,
        MixEntry
      >
      for (const code of ['FRA', 'USA', 'DEU', 'GBR', 'CHN', 'SWE', 'IND', 'BRA', 'REU']) {
        const e = mix[code]!
        assert.deepEqual(
          { g: lookupCountry(code)?.gPerKWh, year: lookupCountry(code)?.year },
          { g: Math.round(e.carbon_intensity * 100) / 100, year: e.year },
          code,
        )
      }
      const positive = Object.keys(mix).filter((k) => mix[k]!.carbon_intensity > 0)
      assert.deepEqual(Object.keys(GRID_INTENSITY).sort(), positive.sort())
      for (const code of positive) assert.ok(COUNTRY_CODES[code], `${code} has an alpha-2 code`)
    },
  )

  void it('carries the gcp region figures over', { skip: skipWithoutData }, () => {
    const lines = read('cloud_impact.csv')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    const cells = lines.slice(1).map((l) => l.split(','))
    assert.equal(cells.length, 40)
    for (const row of cells) {
      const region = row[3] === 'me-cenrtal1' ? 'me-central1' : row[3]!
      assert.equal(CLOUD_INTENSITY[`gcp:${region}`]?.gPerKWh, Number(row[9]), region)
    }
  })

  void it('carries the PUE defaults over', { skip: skipWithoutData }, () => {
    const rows = read('v3.0_defaults_PUE.csv').trim().split(/\r?\n/).slice(2)
    assert.equal(rows.length, Object.keys(PUE_DEFAULTS).length)
    for (const row of rows) {
      const [provider, pue] = row.split(',')
      assert.equal(PUE_DEFAULTS[provider!.toLowerCase()]?.pue, Number(pue), provider)
    }
  })

  void it(
    'matches a fresh run of scripts/derive-data.mjs --check',
    { skip: skipWithoutData },
    () => {
      const run = spawnSync(
        process.execPath,
        [join(REPO_ROOT, 'scripts/derive-data.mjs'), '--check'],
        {
          encoding: 'utf8',
        },
      )
      assert.equal(run.status, 0, run.stderr)
    },
  )
})
