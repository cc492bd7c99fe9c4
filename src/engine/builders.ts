/** Small constructors the plans use to write their definitions as data (ids typed, texts bilingual). */
import type { ActionDef, CapabilityDef, ParamDef, ProjectRule, RoleDef } from './model.ts'
import type { ActionId, CapabilityId, ExpectationId, RoleId } from './types.ts'

export const role = (id: string, zh: string, en: string, extra: Partial<RoleDef> = {}): RoleDef => ({ id: id as RoleId, name: { zh, en }, ...extra })
export const action = (id: string, zh: string, en: string): ActionDef => ({ id: id as ActionId, name: { zh, en } })
export const capability = (id: string, zh: string, en: string): CapabilityDef => ({ id: id as CapabilityId, name: { zh, en } })
export const roleIds = (...ids: string[]): RoleId[] => ids as RoleId[]
export const expectationId = (id: string): ExpectationId => id as ExpectationId
export const durationParam = (id: string, value: string, origin: ParamDef['origin'], zh: string, en: string, clause: string): ParamDef => ({ id, kind: 'duration', default: value, origin, text: { zh, en }, clause })
export const projectRule = (id: string, zhTopic: string, enTopic: string, zh: string, en: string): ProjectRule => ({ id, topic: { zh: zhTopic, en: enTopic }, rule: { zh, en } })
