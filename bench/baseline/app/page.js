export default function Home() {
  return <main>A bare Next.js page; the benchmarks use /pad/[bytes].</main>
}
