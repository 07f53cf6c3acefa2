export default function Home() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">notecoach</h1>
      <p>Write a LinkedIn connection note that gets accepted.</p>
    </main>
  );
}
