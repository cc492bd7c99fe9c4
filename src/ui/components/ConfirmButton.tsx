/** A button that asks first, in a real modal <dialog> (focus trapped, Esc cancels). */
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  readonly label: string
  readonly question: string
  readonly confirm: string
  readonly onConfirm: () => void
  readonly danger?: boolean
  readonly className?: string
  readonly disabled?: boolean
}

export function ConfirmButton({ label, question, confirm, onConfirm, danger, className, disabled }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" className={className ?? (danger ? 'danger' : undefined)} disabled={disabled} onClick={() => ref.current?.showModal()}>{label}</button>
      <dialog ref={ref} className="dialog" aria-label={label}>
        <form method="dialog">
          <p>{question}</p>
          <div className="dialog-buttons">
            <button type="submit" value="cancel" autoFocus>{t('app.cancel')}</button>
            <button type="submit" value="ok" className={danger ? 'danger' : 'primary'} onClick={() => onConfirm()}>{confirm}</button>
          </div>
        </form>
      </dialog>
    </>
  )
}
