import { describe, expect, it } from 'vitest';
import { type Respondent, SURVEY_MAIL_TEMPLATES } from '../../../domain/index.ts';
import {
  chosenRecipients,
  draftOf,
  mailLanguageOf,
  mailRecipients,
  previewMail,
  templateProblems,
  withDraft,
} from './survey-mail.ts';

function respondent(
  id: string,
  actorName: string,
  status: Respondent['status'],
  contact: Respondent['contact'],
): Respondent {
  return {
    id,
    actorId: `a-${id}`,
    actorName,
    force: 'bewoner',
    wijken: [],
    perspectiveId: `p-${id}`,
    contact,
    status,
    openedAt: null,
    savedAt: null,
    finishedAt: null,
    ties: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const zuid = respondent('1', 'Wijkteam Zuid', 'geopend', { name: 'Anna', email: 'anna@example.org' });
const brug = respondent('2', 'Buurthuis De Brug', 'klaar', { name: null, email: 'brug@example.org' });
const fonds = respondent('3', 'Fonds', 'niet_geopend', { name: 'Piet', email: null });
const weg = respondent('4', 'Anders', 'ingetrokken', { name: null, email: 'weg@example.org' });
const geheim = respondent('5', 'Club', 'niet_geopend', null);
const all = [zuid, brug, fonds, weg, geheim];

describe('the mail form', () => {
  it('offers an invitation to everyone with an address except a revoked link, a reminder only to who has not finished', () => {
    const invitation = mailRecipients(all, 'uitnodiging');
    expect(invitation.mailable.map((r) => r.actorName)).toEqual(['Buurthuis De Brug', 'Wijkteam Zuid']);
    expect(invitation.noEmail.map((r) => r.actorName)).toEqual(['Club', 'Fonds']);
    expect(invitation.notForKind.map((r) => r.actorName)).toEqual(['Anders']);
    const reminder = mailRecipients(all, 'herinnering');
    expect(reminder.mailable.map((r) => r.actorName)).toEqual(['Wijkteam Zuid']);
    expect(reminder.notForKind.map((r) => r.actorName)).toEqual(['Anders', 'Buurthuis De Brug']);
  });

  it('chooses everyone it can mail until the user chooses', () => {
    const recipients = mailRecipients(all, 'uitnodiging');
    expect(chosenRecipients(recipients, null)).toEqual(recipients.mailable);
    // A choice of someone who cannot get this kind of mail chooses nobody.
    expect(chosenRecipients(recipients, new Set(['2', '4']))).toEqual([brug]);
  });

  it('keeps an edited text per language and kind, and starts from the default', () => {
    const defaults = SURVEY_MAIL_TEMPLATES;
    let drafts = {};
    expect(draftOf(drafts, defaults, 'nl', 'herinnering')).toBe(defaults.nl.herinnering);
    drafts = withDraft(drafts, 'nl', 'herinnering', { subject: 'Nog even', body: '{link}' });
    expect(draftOf(drafts, defaults, 'nl', 'herinnering')).toEqual({ subject: 'Nog even', body: '{link}' });
    expect(draftOf(drafts, defaults, 'en', 'herinnering')).toBe(defaults.en.herinnering);
    expect(mailLanguageOf('en-GB')).toBe('en');
    expect(mailLanguageOf('nl')).toBe('nl');
  });

  it('previews a mail as the server fills it, greeting the speler when no contact name is known', () => {
    const context = {
      surveyTitle: 'Samen in Zuid',
      closesOn: '2027-03-31',
      workspaceName: 'Sociaal domein Zuid',
      language: 'nl' as const,
    };
    const mail = previewMail(SURVEY_MAIL_TEMPLATES.nl.uitnodiging, zuid, context, '[link]');
    expect(mail.subject).toBe('Uitnodiging: Samen in Zuid');
    expect(mail.body).toMatch(/^Beste Anna,\n/);
    expect(mail.body).toContain('U beantwoordt de vragen voor Wijkteam Zuid.');
    expect(mail.body).toContain('[link]');
    expect(mail.body).toContain('tot en met 31 maart 2027');
    expect(mail.body).toMatch(/Sociaal domein Zuid$/);
    expect(mail.body).not.toMatch(/[{}]/);
    const english = previewMail(
      SURVEY_MAIL_TEMPLATES.en.herinnering,
      brug,
      { ...context, language: 'en' },
      '[link]',
    );
    expect(english.body).toMatch(/^Dear Buurthuis De Brug,\n/);
    expect(english.body).toContain('until 31 March 2027');
    // A value is filled in once: braces in a name are not read as a placeholder.
    const odd = respondent('6', 'Club {link}', 'geopend', { name: null, email: 'x@example.org' });
    expect(previewMail({ subject: '{speler}', body: '{naam}: {link}' }, odd, context, 'L').body).toBe(
      'Club {link}: L',
    );
  });

  it('names unknown placeholders and a missing link while the user types', () => {
    expect(templateProblems(SURVEY_MAIL_TEMPLATES.nl.uitnodiging)).toEqual({
      unknown: { subject: [], body: [] },
      linkMissing: false,
    });
    expect(templateProblems({ subject: 'Hoi {voornaam}', body: 'Beste {naam}, {Link} en {}' })).toEqual({
      unknown: { subject: ['{voornaam}'], body: ['{Link}', '{}'] },
      linkMissing: true,
    });
  });
});
