/**
 * The speler form fields: identity (name, kracht, soort), the profile texts, and the lists. Used for
 * adding (identity only, the rest can follow) and for editing in the speler panel (everything).
 */
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, DOMAINS, FORCES, PROFILE_FIELDS, SCALES } from '../../domain/index.ts';
import type { ActorFormValues } from '../state/actor-form.ts';
import { FieldError } from './FieldError.tsx';
import { TextField } from './TextField.tsx';

interface ActorFieldsProps {
  idPrefix: string;
  values: ActorFormValues;
  errors: Record<string, string>;
  onChange(values: ActorFormValues): void;
  full: boolean;
}

export function ActorFields({ idPrefix, values, errors, onChange, full }: ActorFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ActorFormValues>(key: K, value: ActorFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const id = (field: string) => `${idPrefix}-${field}`;
  const select = (
    field: 'force' | 'kind' | 'scale',
    options: readonly string[],
    labelOf: (o: string) => string,
  ) => (
    <div className="kv-field">
      <label htmlFor={id(field)}>{t(`actorForm.${field}`)}</label>
      <select
        id={id(field)}
        className="kv-select"
        value={values[field]}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={errors[field] ? `${id(field)}-error` : undefined}
        onChange={(e) => set(field, e.target.value as never)}
      >
        {field === 'scale' && <option value="">{t('actorForm.noScale')}</option>}
        {field === 'force' && values.force === '' && <option value="">{t('actorForm.chooseForce')}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
      <FieldError id={`${id(field)}-error`} message={errors[field]} />
    </div>
  );

  return (
    <>
      <TextField
        id={id('name')}
        label={t('actorForm.name')}
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      {select('force', FORCES, (f) => t(`force.${f}`))}
      {select('kind', ACTOR_KINDS, (k) => t(`kind.${k}`))}
      <fieldset
        className="kv-fieldset"
        aria-describedby={errors.domains ? `${id('domains')}-error` : undefined}
      >
        <legend>{t('actorForm.domains')}</legend>
        <div className="kv-checkboxes">
          {DOMAINS.map((domain) => (
            <label key={domain} className="kv-checkbox">
              <input
                type="checkbox"
                checked={values.domains.includes(domain)}
                onChange={(e) =>
                  set(
                    'domains',
                    e.target.checked
                      ? [...values.domains, domain]
                      : values.domains.filter((d) => d !== domain),
                  )
                }
              />{' '}
              {t(`domain.${domain}`)}
            </label>
          ))}
        </div>
        <FieldError id={`${id('domains')}-error`} message={errors.domains} />
      </fieldset>
      {full && (
        <>
          {PROFILE_FIELDS.map((field) => (
            <TextField
              key={field}
              id={id(field)}
              label={t(`actorForm.${field}`)}
              value={values[field]}
              onChange={(v) => set(field, v)}
              error={errors[field]}
              multiline
            />
          ))}
          {select('scale', SCALES, (s) => t(`scale.${s}`))}
          <TextField
            id={id('wijken')}
            label={t('actorForm.wijken')}
            hint={t('actorForm.wijkenHint')}
            value={values.wijken}
            onChange={(v) => set('wijken', v)}
            error={errors.wijken}
          />
          <TextField
            id={id('tags')}
            label={t('actorForm.tags')}
            hint={t('actorForm.tagsHint')}
            value={values.tags}
            onChange={(v) => set('tags', v)}
            error={errors.tags}
          />
          <TextField
            id={id('website')}
            label={t('actorForm.website')}
            value={values.website}
            onChange={(v) => set('website', v)}
            error={errors.website}
            type="url"
          />
          <TextField
            id={id('sources')}
            label={t('actorForm.sources')}
            hint={t('actorForm.sourcesHint')}
            value={values.sources}
            onChange={(v) => set('sources', v)}
            error={errors.sources}
            multiline
          />
        </>
      )}
    </>
  );
}
