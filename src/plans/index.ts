/** The plan registry: the only place that lists the plans. */
import { createRegistry } from '../engine/index.ts'
import type { Plan } from '../engine/index.ts'
import { atmFailureMachine } from './atm-failure/machine.ts'
import { atmFailurePlan } from './atm-failure/plan.ts'
import { atmOutsourcingMachine } from './atm-outsourcing/machine.ts'
import { atmOutsourcingPlan } from './atm-outsourcing/plan.ts'
import { customerInfoLeakMachine } from './customer-info-leak/machine.ts'
import { customerInfoLeakPlan } from './customer-info-leak/plan.ts'
import { financialIncidentMachine } from './financial-incident/machine.ts'
import { financialIncidentPlan } from './financial-incident/plan.ts'
import { paymentOutsourcingMachine } from './payment-outsourcing/machine.ts'
import { paymentOutsourcingPlan } from './payment-outsourcing/plan.ts'

export const PLANS: readonly Plan[] = [
  { definition: customerInfoLeakPlan, machine: customerInfoLeakMachine },
  { definition: paymentOutsourcingPlan, machine: paymentOutsourcingMachine },
  { definition: financialIncidentPlan, machine: financialIncidentMachine },
  { definition: atmFailurePlan, machine: atmFailureMachine },
  { definition: atmOutsourcingPlan, machine: atmOutsourcingMachine },
]

export const plans = createRegistry(PLANS)
