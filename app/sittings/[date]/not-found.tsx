export default function SittingDayNotFound() {
  return (
    <div className="py-12">
      <h1 className="font-serif text-2xl font-bold">No records for this day</h1>
      <p className="mt-2 text-stone-700">
        Either nothing we hold is dated on this day, or the address is not a date written YYYY-MM-DD (for example /sittings/2007-11-26).
      </p>
      <p className="mt-4">
        <a href="/sittings" className="text-blue-800 underline">
          Browse the days that have records
        </a>
      </p>
    </div>
  );
}
