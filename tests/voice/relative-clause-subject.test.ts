import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "توكاييف الذي ألقى خطابا ثانيا في غضون ساعات قليلة، ناشد منظمة معاهدة
 * الأمن الجماعي …": a sentence that opens with a short name and a relative
 * clause on it, closed by the comma right before an Arabic verb, names the
 * verb's subject first. The noun after the verb is the one appealed to, not
 * the speaker, who was before that the last one named (Reuters) and then the
 * one appealed to (once ناشد became a verb of calling for).
 */

// The bundled seed #003 (seeds/003_…txt, the sample corpus's Arabic report on Kazakhstan, January 2022).
const SEED = readFileSync(new URL('../../seeds/003_c070887ed5765fa9.txt', import.meta.url), 'utf8').split('---\n')[2]!;
const TOKAYEV = SEED.split('\n').find((line) => line.includes('توكاييف الذي ألقى'))!;

// Counter-example. https://maghress.com/febrayer/522662 (Febrayer, AFP copy, Zimbabwe 2017, in the sixth probe): the
// relative clause follows the speaker after the verb, as VS order has it.
const MUGABE = 'أحكم الجيش في زيمبابوي سيطرته على البلاد الاربعاء فيما قال الرئيس روبرت موغابي الذي يحكم البلاد منذ نحو 40 عاما إنه « قيد الاقامة الجبرية » رغم نفي جنرالات الجيش القيام بانقلاب عسكري.';

describe('a name and its relative clause before the verb\'s comma are its subject', () => {
  it('gives Tokayev\'s description of the unrest to Tokayev, not to the alliance he appealed to', () => {
    const v = voiceOf(TOKAYEV, 'التهديد الإرهابي');
    expect(v.voice).toBe('quoted');
    expect(v.speaker).toBe('توكاييف');
  });

  it('leaves a relative clause after a VS speaker to that speaker', () => {
    expect(voiceOf(MUGABE, 'قيد الاقامة الجبرية').speaker).toBe('الرئيس روبرت موغابي الذي يحكم البلاد منذ');
  });
});
