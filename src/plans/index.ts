/** The plan registry: the only place that lists the plans. */
import { createRegistry } from '../engine/index.ts'
import type { Plan } from '../engine/index.ts'
import { customerInfoLeakMachine } from './customer-info-leak/machine.ts'
import { customerInfoLeakPlan } from './customer-info-leak/plan.ts'
import { paymentOutsourcingMachine } from './payment-outsourcing/machine.ts'
import { paymentOutsourcingPlan } from './payment-outsourcing/plan.ts'

export const PLANS: readonly Plan[] = [
  { definition: customerInfoLeakPlan, machine: customerInfoLeakMachine },
  { definition: paymentOutsourcingPlan, machine: paymentOutsourcingMachine },
]

export const plans = createRegistry(PLANS)
