import {describe, expect, it} from 'vitest';
import {framingMatches} from './lexicon-matches.js';

/*
 * «دون حراك» / «بلا حراك» is "motionless": the protesters of Gezi Park standing silent in Taksim Square «فرادى صامتين
 * دون حراك» made no movement, and the word is not the protest movement (ar.event.movement lists حراك). Grown on
 * turkey-2013's false findings. The protest movement named «الحراك» stays found.
 */

describe('«دون حراك» (motionless) is not the protest movement', () => {
  it('بالوقوف في الميدان فرادى صامتين دون حراك (El-Bilad, Turkey 2013)', () => {
    // https://djazairess.com/elbilad/131122
    const s = 'من ناحية أخرى، بدأ معارضو الحكومة التركية الذين أخلتهم الشرطة ليلة السبت الماضي من ميدان تقسيم في مدينة إسطنبول شكلا جديدا من التظاهر أمس الاثنين وذلك بالوقوف في الميدان فرادى صامتين دون حراك.';
    expect(framingMatches(s, 'ar').map((m) => m.id)).not.toContain('ar.event.movement');
  });
});

describe('counter-example: the movement named stays the protest', () => {
  it('نصر الله يتهم الحراك بأنه ممول من جهات أجنبية (Al-Dostor, Lebanon 2019: the headline)', () => {
    // https://dostor.org/2893300
    const s = 'نصر الله يتهم الحراك بأنه ممول من جهات أجنبية';
    expect(framingMatches(s, 'ar').map((m) => `${m.id}=${m.text}`)).toContain('ar.event.movement=الحراك');
  });
});
