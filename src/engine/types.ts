/** Branded units and ids shared by the whole engine, so that values of different kinds cannot be swapped. */

/** Milliseconds since the scenario's start: the only time the drill runner knows. */
export type SimTime = number & { readonly __brand: 'SimTime' }
/** Milliseconds since the Unix epoch (UTC): absolute instants, used only at the edges (ISO text). */
export type EpochMs = number & { readonly __brand: 'EpochMs' }

export type PlanId = string & { readonly __brand: 'PlanId' }
export type RoleId = string & { readonly __brand: 'RoleId' }
export type ActionId = string & { readonly __brand: 'ActionId' }
export type ExpectationId = string & { readonly __brand: 'ExpectationId' }
export type CapabilityId = string & { readonly __brand: 'CapabilityId' }
export type LevelId = string & { readonly __brand: 'LevelId' }

/** Text in both languages of the app; zh-CN is the default. */
export interface Bilingual {
  readonly zh: string
  readonly en: string
}

export type Lang = 'zh' | 'en'

export const simTime = (ms: number): SimTime => ms as SimTime
export const epochMs = (ms: number): EpochMs => ms as EpochMs
