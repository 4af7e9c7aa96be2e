// d3's date words (the timeline's axis ticks, in the webview and in the SVG export) in the display language: the
// default locale of d3-time-format, made from the l10n bundle. d3-scale takes its tick formats when a scale is made,
// so this runs once the bundle is configured and before the first scale.
import * as l10n from '@vscode/l10n';
import { type TimeLocaleDefinition, timeFormatDefaultLocale } from 'd3-time-format';
import { monthAbbreviations } from '../format';

export function translateTimeFormats(): void {
  timeFormatDefaultLocale({
    // Only %c, %x and %X use these, and no tick label does.
    dateTime: '%x, %X', date: '%-m/%-d/%Y', time: '%-I:%M:%S %p',
    periods: [l10n.t('AM'), l10n.t('PM')],
    days: [l10n.t('Sunday'), l10n.t('Monday'), l10n.t('Tuesday'), l10n.t('Wednesday'), l10n.t('Thursday'), l10n.t('Friday'), l10n.t('Saturday')],
    shortDays: [l10n.t('Sun'), l10n.t('Mon'), l10n.t('Tue'), l10n.t('Wed'), l10n.t('Thu'), l10n.t('Fri'), l10n.t('Sat')],
    months: [l10n.t('January'), l10n.t('February'), l10n.t('March'), l10n.t('April'), l10n.t({ message: 'May', comment: ['the month, in full'] }), l10n.t('June'), l10n.t('July'),
      l10n.t('August'), l10n.t('September'), l10n.t('October'), l10n.t('November'), l10n.t('December')],
    shortMonths: monthAbbreviations() as TimeLocaleDefinition['shortMonths'],
  });
}
