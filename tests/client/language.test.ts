import { francAll } from 'franc-min';
import { describe, expect, test } from 'vitest';
import { judgeRanking, looksEnglish, MIN_DETECT_LENGTH } from '@/lib/client/language';

const judge = (note: string) => (note.trim().length >= MIN_DETECT_LENGTH && !looksEnglish(note) ? judgeRanking(francAll(note, { minLength: MIN_DETECT_LENGTH })) : null);

describe('a note in another language', () => {
  test.each([
    ['Hola Ana, me encantó tu charla sobre diseño de productos. Me gustaría conectar contigo para aprender más sobre tu trabajo.', 'Spanish'],
    ['Bonjour Claire, j’ai beaucoup aimé votre conférence sur la conception de produits. J’aimerais échanger avec vous sur votre équipe.', 'French'],
    ['Hallo Jonas, dein Vortrag über Produktdesign hat mir sehr gefallen. Ich würde mich gerne mit dir vernetzen und mehr erfahren.', 'German'],
  ])('%s → %s', (note, name) => {
    expect(judge(note)?.name).toBe(name);
  });
});

test('a close neighbour still gets the notice, even if franc names its cousin', () => {
  // Short Portuguese often ranks as Spanish: the notice is right, the name may not be.
  expect(judge('Olá Ana, adorei a sua palestra sobre design de produto. Gostaria de me conectar para aprender mais sobre o seu trabalho.')).not.toBeNull();
});

describe('English notes stay English', () => {
  test.each([
    'Hi Dana, fellow University of Michigan alum here. Your KubeCon talk on boring deploys changed how my team ships, and I would love to learn how you run on-call.',
    "I'd like to add you to my professional network.",
    'Fellow Michigan alum. Loved the keynote, especially the pricing experiments segment.',
    'Hola!',
    'Hola Ana, ¿qué tal?',
    'Kubernetes, Terraform, Rust, Go: infrastructure engineer, ex-Stripe, ex-Datadog. Connect?',
    'Hi Søren, congratulations on the Series B at Københavns Brygghus! Curious how you scaled hiring.',
  ])('%s', (note) => {
    expect(judge(note)).toBeNull();
  });
});

test('a ranking that puts English close behind stays English', () => {
  expect(judgeRanking([['spa', 1], ['eng', 0.95]])).toBeNull();
  expect(judgeRanking([['sco', 1], ['spa', 0.5]])).toBeNull();
  expect(judgeRanking([['spa', 1], ['eng', 0.6]])).toEqual({ code: 'spa', name: 'Spanish' });
  expect(judgeRanking([['xyz', 1]])).toEqual({ code: 'xyz', name: 'another language' });
});
