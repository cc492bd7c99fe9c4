/** The room's teams: the plan's roles, renameable, with the participants' names. */
import { useTranslation } from 'react-i18next'
import type { PlanDefinition, Team } from '../../engine/index.ts'
import { useLang } from '../i18n.ts'

export function TeamsEditor({ plan, teams, onRename, onParticipants }: { plan: PlanDefinition; teams: readonly Team[]; onRename: (role: string, name: string) => void; onParticipants: (role: string, names: readonly string[]) => void }) {
  const { t } = useTranslation('console')
  const { pick } = useLang()
  return (
    <details className="card">
      <summary><h2 className="inline">{t('teams.title')}</h2></summary>
      <div className="table-wrap">
        <table className="teams">
          <thead><tr><th scope="col">{t('teams.role')}</th><th scope="col">{t('teams.name')}</th><th scope="col">{t('teams.participants')}</th></tr></thead>
          <tbody>
            {teams.map((x) => (
              <tr key={x.role}>
                <td className="small">{pick(plan.roles.find((r) => r.id === x.role)?.name)}<div className="muted"><code>{x.role}</code></div></td>
                <td><input defaultValue={x.name} aria-label={`${t('teams.name')}: ${x.role}`} onBlur={(e) => e.target.value !== x.name && onRename(x.role, e.target.value)} /></td>
                <td><input defaultValue={x.participants.join(', ')} aria-label={`${t('teams.participants')}: ${x.role}`} data-testid={`participants-${x.role}`} onBlur={(e) => onParticipants(x.role, e.target.value.split(/[,，、;；]/))} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
