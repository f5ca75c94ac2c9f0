import type { Equivalent } from '../core/types.js'

/** Where a factor comes from: who publishes it, where, and which edition. */
export interface FactorSource {
  readonly name: string
  readonly url: string
  readonly vintage: string
}

/** One everyday equivalent: `amount = totalKg / kgPerUnit` of `unit`. */
export interface EquivalentFactor {
  readonly id: string
  readonly label: string
  readonly unit: string
  readonly kgPerUnit: number
  /** The factor as its source states it, e.g. "393 g CO2e per mile". */
  readonly factor: string
  readonly source: FactorSource
}

const KM_PER_MILE = 1.609344

const EPA_EQUIVALENCIES: FactorSource = {
  name: 'US EPA, Greenhouse Gas Equivalencies Calculator: Calculations and References',
  url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references',
  vintage: 'eGRID2022 edition',
}

/**
 * The everyday equivalents shown in reports, in the order they are shown. EPA values change
 * between editions (older ones: 398–403 g/mile, 8.22 g per phone charge, 39 kg per tree), so the
 * edition is pinned here.
 */
export const EQUIVALENT_FACTORS: readonly EquivalentFactor[] = [
  {
    id: 'car-km',
    label: 'Driving an average US passenger car',
    unit: 'km',
    kgPerUnit: 0.393 / KM_PER_MILE,
    factor: '393 g CO2e per mile (244 g/km; 4.29 t a year over 10,917 miles)',
    source: EPA_EQUIVALENCIES,
  },
  {
    id: 'flight-lhr-jfk',
    label: 'London–New York flights (one way, economy, per passenger)',
    unit: 'flights',
    kgPerUnit: 834,
    factor: '834 kg CO2e per passenger, one way, economy, with radiative forcing (×1.9)',
    source: {
      name: 'UK DESNZ, Greenhouse gas reporting: conversion factors (long-haul economy, with RF)',
      url: 'https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024',
      vintage: '2024',
    },
  },
  {
    id: 'smartphone-charges',
    label: 'Smartphone charges',
    unit: 'charges',
    kgPerUnit: 0.0124,
    factor: '12.4 g CO2e per full charge (delivered electricity)',
    source: EPA_EQUIVALENCIES,
  },
  {
    id: 'tree-seedlings-10y',
    label: 'Tree seedlings grown for 10 years to absorb it',
    unit: 'seedlings',
    kgPerUnit: 60,
    factor: '60 kg CO2 taken up per urban tree seedling over 10 years',
    source: EPA_EQUIVALENCIES,
  },
]

/** A source as one line: "name (vintage): factor. url". */
export function describeFactorSource(factor: string, source: FactorSource): string {
  return `${source.name} (${source.vintage}): ${factor}. ${source.url}`
}

/** How much of each everyday activity emits as much as `totalKg` kg CO2e. */
export function computeEquivalents(totalKg: number): Equivalent[] {
  return EQUIVALENT_FACTORS.map((f) => ({
    id: f.id,
    label: f.label,
    amount: totalKg / f.kgPerUnit,
    unit: f.unit,
    source: describeFactorSource(f.factor, f.source),
  }))
}

/** The factor behind an equivalent id, when it is one of ours. */
export function findEquivalentFactor(id: string): EquivalentFactor | undefined {
  return EQUIVALENT_FACTORS.find((f) => f.id === id)
}
