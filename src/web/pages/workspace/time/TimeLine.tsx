/**
 * The time slider of the Tijd section: which moment the map shows (every momentopname, oldest first, then
 * now), whether it colours what changed since an earlier moment, and a day on which relaties must hold to
 * be drawn (their own begin and end dates). All of it lives in the address (state/map-view.ts), so the map
 * beside follows, the view can be shared, and "back" undoes a step.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphRelation, Snapshot } from '../../../../domain/index.ts';
import { formatDate, formatDay } from '../../../i18n/format.ts';
import { navigateSearch, useSearch } from '../../../router.ts';
import { changeMapView, type MapView, mapViewSearch, readMapView } from '../../../state/map-view.ts';
import { changeDays, isDay, notInForceOn } from '../../../state/valid-on.ts';

interface TimeLineProps {
  /** Every momentopname, oldest first. */
  snapshots: readonly Snapshot[];
  /** The relaties of the moment shown (for the days the map changes). */
  relations: readonly GraphRelation[];
}

export function TimeLine({ snapshots, relations }: TimeLineProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const search = useSearch();
  const known = useMemo(() => new Set(snapshots.map((snapshot) => snapshot.id)), [snapshots]);
  const view = readMapView(search);
  const momentId = known.has(view.moment) ? view.moment : '';
  const sinceId = known.has(view.since) ? view.since : '';
  const change = (next: Partial<MapView>) => navigateSearch(mapViewSearch(changeMapView(view, next)) || '?');

  // Step i is snapshots[i]; the last step is now.
  const step = momentId ? snapshots.findIndex((snapshot) => snapshot.id === momentId) : snapshots.length;
  const nameOf = (index: number) => {
    const snapshot = snapshots[index];
    return snapshot
      ? t('time.view.stepName', { name: snapshot.name, date: formatDate(snapshot.takenAt, i18n.language) })
      : t('time.compare.now');
  };
  const earlier = snapshots.slice(0, step);
  const days = useMemo(() => changeDays(relations), [relations]);
  const dayStep = view.on ? days.filter((day) => day <= view.on).length : 0;
  const hidden = view.on ? notInForceOn(relations, view.on).size : 0;

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-time-line">
      <Heading level={3} id={`${id}-heading`}>
        {t('time.view.heading')}
      </Heading>
      <Paragraph>{t('time.view.intro')}</Paragraph>
      <div className="kv-field">
        <label htmlFor={`${id}-moment`} className="kv-label">
          {t('time.view.moment')}
        </label>
        <input
          id={`${id}-moment`}
          type="range"
          min={0}
          max={snapshots.length}
          step={1}
          value={step}
          aria-valuetext={nameOf(step)}
          aria-describedby={`${id}-moment-shown`}
          onChange={(event) => {
            const index = Number(event.target.value);
            change({ moment: snapshots[index]?.id ?? '' });
          }}
        />
        <p id={`${id}-moment-shown`} className="kv-time-line-value" data-testid="time-moment">
          {nameOf(step)}
        </p>
      </div>
      <div className="kv-field">
        <label htmlFor={`${id}-since`} className="kv-label">
          {t('time.view.since')}
        </label>
        <select
          id={`${id}-since`}
          value={sinceId}
          disabled={earlier.length === 0}
          onChange={(event) => change({ since: event.target.value })}
        >
          <option value="">{t('time.view.sinceNone')}</option>
          {earlier.map((snapshot, index) => (
            <option key={snapshot.id} value={snapshot.id}>
              {nameOf(index)}
            </option>
          ))}
        </select>
        {earlier.length === 0 && <p className="kv-hint">{t('time.view.sinceNothingEarlier')}</p>}
      </div>
      <div className="kv-field">
        <label htmlFor={`${id}-day`} className="kv-label">
          {t('time.view.day')}
        </label>
        <p className="kv-hint" id={`${id}-day-hint`}>
          {days.length === 0 ? t('time.view.dayNoDates') : t('time.view.dayHint')}
        </p>
        {days.length > 0 && (
          <input
            type="range"
            aria-label={t('time.view.daySlider')}
            min={0}
            max={days.length}
            step={1}
            value={dayStep}
            aria-valuetext={
              dayStep === 0 ? t('time.view.dayAll') : formatDay(days[dayStep - 1] ?? '', i18n.language)
            }
            onChange={(event) => {
              const index = Number(event.target.value);
              change({ on: index === 0 ? '' : (days[index - 1] ?? '') });
            }}
          />
        )}
        <input
          id={`${id}-day`}
          type="date"
          aria-describedby={`${id}-day-hint`}
          value={view.on}
          onChange={(event) => change({ on: isDay(event.target.value) ? event.target.value : '' })}
        />
        <p className="kv-time-line-value" data-testid="time-day">
          {view.on
            ? t('time.view.dayShown', {
                date: formatDay(view.on, i18n.language),
                count: hidden,
              })
            : t('time.view.dayAll')}
        </p>
        {view.on && (
          <Button purpose="subtle" onClick={() => change({ on: '' })}>
            {t('time.view.dayClear')}
          </Button>
        )}
      </div>
    </section>
  );
}
