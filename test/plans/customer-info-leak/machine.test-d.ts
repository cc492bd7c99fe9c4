/** Type tests (checked by `npm run typecheck`): the chart's events, actions and guards are typed by setup(). */
import { expectTypeOf } from 'vitest'
import { transition } from 'xstate'
import type { SnapshotFrom } from 'xstate'
import { customerInfoLeakMachine } from '../../../src/plans/customer-info-leak/machine.ts'
import type { LeakEvent } from '../../../src/plans/customer-info-leak/machine.ts'

declare const snapshot: SnapshotFrom<typeof customerInfoLeakMachine>

transition(customerInfoLeakMachine, snapshot, { type: 'leak.discovered', customers: 1200, sensitive: true })
transition(customerInfoLeakMachine, snapshot, { type: 'incident.closed' })
// @ts-expect-error an event the plan does not define does not compile
transition(customerInfoLeakMachine, snapshot, { type: 'LEAK_FOUND' })
// @ts-expect-error leak.discovered needs its customer count
transition(customerInfoLeakMachine, snapshot, { type: 'leak.discovered', sensitive: true })

expectTypeOf<Extract<LeakEvent, { type: 'media.inquiry' }>['reach']>().toEqualTypeOf<'local' | 'national' | undefined>()
